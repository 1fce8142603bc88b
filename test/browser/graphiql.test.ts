import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, chromiumAvailable, launchChromium } from '../helpers/chromium.js';
import { type StartedServer, startServerProcess } from '../helpers/server-process.js';

describe.skipIf(!chromiumAvailable)('GraphiQL in a real browser (npm start, demo mode)', () => {
  let server: StartedServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  it('opens pre-filled and the demo mutation succeeds from it', async () => {
    const page = await browser.context.newPage();
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
