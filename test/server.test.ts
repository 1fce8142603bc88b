import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedServer, startServerProcess } from './helpers/server-process.js';

describe('npm start without APINIZER_URL', () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(() => {
    server.child.kill('SIGTERM');
  });

  it('says loudly that it is in demo mode and prints the demo token on its own line', () => {
    expect(server.output()).toMatch(/DEMO MODE: APINIZER_URL is not set/);
    expect(server.token).toBe('apinizer-demo-token');
  });

  it('serves GraphiQL to a browser, pre-filled with the token and a demo operation', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Apinizer Keys &amp; Secrets (demo)'.replace('&amp;', '&'));
    expect(html).toContain(`Bearer ${server.token}`);
    expect(html).toContain('mutation DescribeJwk');
  });

  it('runs the demo mutation', async () => {
    const { DEMO_OPERATION } = await import('../src/yoga.js');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: DEMO_OPERATION }),
    });
    const body = (await response.json()) as { data: { updateJwk: Record<string, unknown> } };
    expect(body.data.updateJwk).toMatchObject({
      __typename: 'UpdateJwkSuccess',
      deployment: { success: true },
      jwk: { name: 'demo-jwk', description: 'Edited from GraphiQL' },
    });
  });
});

describe('a bad configuration', () => {
  it('stops the start with a message naming each bad variable', async () => {
    const error = await startServerProcess({ PORT: 'eighty', UPLOAD_MAX_FILE_BYTES: '-1' }).catch(
      (caught: Error) => caught,
    );
    expect(String(error)).toMatch(/exited with 1/);
    expect(String(error)).toMatch(/PORT must be a whole number/);
    expect(String(error)).toMatch(/UPLOAD_MAX_FILE_BYTES must be a whole number/);
  });
});
