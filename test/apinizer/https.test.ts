import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { type ProductionProcess, startProductionProcess } from '../helpers/production-process.js';
import { deploymentAnswer } from '../helpers/recording-upstream.js';

/*
 * Apinizer behind HTTPS with a private CA, trusted the Node way (NODE_EXTRA_CA_CERTS), as the
 * production process runs: writes each on a TLS connection of their own, reads on keep-alive.
 */

const UPDATE = `mutation { updateJwk(projectName: "demo", jwkName: "signing", input: { description: "d" }) {
  __typename
  ... on UpstreamError { reason message }
} }`;
const READ = '{ jwk(projectName: "demo", name: "signing") { name kid } }';

let folder: string;
let upstream: Server;
let upstreamUrl: string;
const received: string[] = [];
let tlsConnections = 0;
let trusted: ProductionProcess;
let untrusted: ProductionProcess;

const post = async (gateway: ProductionProcess, query: string) => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown> };
};

beforeAll(async () => {
  const { pem, keys } = selfSignedCertificate({
    commonName: 'apinizer.test',
    ipAddresses: ['127.0.0.1'],
  });
  folder = mkdtempSync(join(tmpdir(), 'https-upstream-'));
  writeFileSync(join(folder, 'ca.pem'), pem);
  upstream = createServer({ cert: pem, key: keys.privateKeyPem }, (req, res) => {
    req.resume();
    req.once('end', () => {
      received.push(`${req.method} ${req.url}`);
      const answer =
        req.method === 'GET'
          ? { resultList: [{ name: 'signing', kid: 'k1', type: 'RSA' }] }
          : JSON.parse(String(deploymentAnswer().body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });
  upstream.on('secureConnection', () => {
    tlsConnections += 1;
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `https://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  [trusted, untrusted] = await Promise.all([
    startProductionProcess({
      APINIZER_URL: upstreamUrl,
      NODE_EXTRA_CA_CERTS: join(folder, 'ca.pem'),
    }),
    startProductionProcess({ APINIZER_URL: upstreamUrl }),
  ]);
});

afterAll(async () => {
  for (const gateway of [trusted, untrusted]) gateway?.child.kill('SIGKILL');
  await new Promise<void>((resolve) => {
    upstream.close(() => resolve());
    upstream.closeAllConnections();
  });
  rmSync(folder, { recursive: true, force: true });
});

describe('an Apinizer behind HTTPS', () => {
  it('takes writes, each on a TLS connection of its own, and reads', async () => {
    received.length = 0;
    const before = tlsConnections;
    for (let i = 0; i < 5; i++) {
      expect((await post(trusted, UPDATE)).data).toEqual({
        updateJwk: { __typename: 'UpdateJwkSuccess' },
      });
    }
    expect(tlsConnections - before).toBe(5);
    expect((await post(trusted, READ)).data).toEqual({ jwk: { name: 'signing', kid: 'k1' } });
    expect(received).toEqual([
      ...Array.from({ length: 5 }, () => 'PUT /apiops/projects/demo/jwks/signing/'),
      'GET /apiops/projects/demo/jwks/signing/',
    ]);
  });

  it('refuses a certificate it does not trust, and says the write was not sent', async () => {
    received.length = 0;
    const answer = await post(untrusted, UPDATE);
    expect(answer.data?.updateJwk).toMatchObject({
      __typename: 'UpstreamError',
      message: expect.stringMatching(/was not sent, so it is safe to retry/),
    });
    expect(received).toEqual([]);
  });
});
