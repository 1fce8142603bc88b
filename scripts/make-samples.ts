/**
 * `npm run samples`: writes the sample files the README's examples upload (examples/files/).
 * They are checked in, so the examples run as written on a fresh clone; run this only to make
 * new ones. Every keystore's password is `changeit` and its alias `demo`.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { jksTruststore, pkcs12Keystore, selfSignedCertificate } from '../src/simulator/material.js';

const folder = new URL('../examples/files/', import.meta.url);
mkdirSync(folder, { recursive: true });
const write = (name: string, content: string | Buffer) =>
  writeFileSync(new URL(name, folder), content);

const DAY_MS = 24 * 60 * 60 * 1000;
const certificate = selfSignedCertificate({
  commonName: 'demo-backend.example.test',
  organization: 'Example',
  notBefore: new Date(Date.UTC(2026, 0, 1)),
  notAfter: new Date(Date.UTC(2026, 0, 1) + 10 * 365 * DAY_MS),
});
write('cert.pem', certificate.pem);
write('keystore.p12', pkcs12Keystore({ certificate, password: 'changeit', alias: 'demo' }));
write('truststore.jks', jksTruststore({ certificate, password: 'changeit', alias: 'demo' }));

// A small EC public key: short enough to show inline as base64 in the README.
const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
write('verify-key.pem', publicPem);
console.log(`verify-key.pem as base64: ${Buffer.from(publicPem).toString('base64')}`);
