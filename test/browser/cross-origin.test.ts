import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, chromiumAvailable, launchChromium } from '../helpers/chromium.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

/*
 * A page on another origin, in Chromium: its fetch with a token (preflighted, allowed by CORS)
 * works; the same upload forged without a token (what any site can post) never reaches Apinizer.
 */
describe.skipIf(!chromiumAvailable)('a page on another origin, in Chromium', () => {
  let env: Simulated;
  let page: Server;
  let pageOrigin: string;
  let browser: Browser;

  beforeAll(async () => {
    env = await startSimulated();
    page = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>other site</title>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', () => resolve()));
    // "localhost" and "127.0.0.1" are different origins: the page is cross-origin to the gateway.
    pageOrigin = `http://localhost:${(page.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    page?.close();
    await env?.close();
  });

  it('a fetch with a Bearer token works across origins; a forged upload is refused', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(pageOrigin);
    const token = env.simulator.demo?.token ?? '';
    const gateway = env.gateway.url.href;

    const allowed = await tab.evaluate(
      async ({ gateway, token }) => {
        const response = await fetch(gateway, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: '{ jwk(projectName: "demo", name: "demo-jwk") { name } }',
          }),
        });
        return { status: response.status, body: await response.json() };
      },
      { gateway, token },
    );
    expect(allowed).toEqual({ status: 200, body: { data: { jwk: { name: 'demo-jwk' } } } });

    env.simulator.received.length = 0;
    const answered: number[] = [];
    env.gateway.http.server.on('request', (req, res) => {
      if (req.headers['content-type']?.startsWith('multipart/')) {
        res.once('finish', () => answered.push(res.statusCode));
      }
    });
    await tab.evaluate(async (gateway) => {
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({
          query:
            'mutation($f: Upload!) { updateCertificate(projectName: "demo", certificateName: "demo-certificate", input: { alias: "x", description: "forged", environmentNames: ["production"], pemFile: { upload: $f } }) { __typename } }',
          variables: { f: null },
        }),
      );
      form.set('map', JSON.stringify({ 0: ['variables.f'] }));
      form.set('0', new Blob(['-----BEGIN CERTIFICATE-----']), 'x.pem');
      // What any site can send: no custom header, so no preflight; the answer is opaque.
      await fetch(gateway, { method: 'POST', body: form, mode: 'no-cors' });
    }, gateway);
    // It did reach the gateway, which refused it; nothing reached Apinizer.
    await expect.poll(() => answered).toEqual([403]);
    expect(env.simulator.received).toEqual([]);
    await tab.close();
  });
});
