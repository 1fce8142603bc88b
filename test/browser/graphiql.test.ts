import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedServer, startServerProcess } from '../helpers/server-process.js';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run); on a developer machine without it this file is skipped.
const available = existsSync(CHROMIUM) || process.env.CI === 'true';

describe.skipIf(!available)('GraphiQL in a real browser (npm start, demo mode)', () => {
  let server: StartedServer;
  let browser: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));

  beforeAll(async () => {
    server = await startServerProcess();
    // A fresh, empty profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens pre-filled and the demo mutation succeeds from it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent())
      .toContain('DescribeJwk');
    await run.click();
    const result = page.locator('.graphiql-response');
    await expect
      .poll(() => result.textContent(), { timeout: 15_000 })
      .toContain('UpdateJwkSuccess');
    // The editor renders spaces as no-break spaces.
    const text = ((await result.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Edited from GraphiQL');
    expect(text).toContain('"environmentName": "production", "success": true');
    await page.screenshot({ path: join(tmpdir(), 'graphiql-demo.png') });
  }, 60_000);
});
