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

describe('a busy port', () => {
  it('ends the start with the error alone: no demo banner, no token', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
    const { port } = busy.address() as { port: number };
    try {
      const error = await startServerProcess({ PORT: String(port) }).catch(
        (caught: Error) => caught,
      );
      expect(String(error)).toMatch(/exited with 1/);
      expect(String(error)).toMatch(/EADDRINUSE/);
      expect(String(error)).not.toMatch(/DEMO MODE|Demo token/);
    } finally {
      busy.close();
    }
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

describe('the GraphiQL page', () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(() => {
    server.child.kill('SIGTERM');
  });

  it('is sent compressed, with an ETag a browser revalidates against (304)', async () => {
    const first = await fetch(server.url, {
      headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(Number(first.headers.get('content-length'))).toBeLessThan(2 * 1024 * 1024);
    expect(await first.text()).toContain('mutation DescribeJwk'); // fetch decodes it
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(server.url, {
      headers: { accept: 'text/html', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });
});
