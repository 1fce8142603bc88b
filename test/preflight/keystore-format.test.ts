import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectKeystoreFormat } from '../../src/preflight/keystore-format.js';
import { makeMaterial } from '../helpers/material.js';

const material = makeMaterial();

describe('detectKeystoreFormat', () => {
  it('recognises a real PKCS12 and a real JKS', () => {
    expect(detectKeystoreFormat(material.p12)).toBe('PKCS12');
    expect(detectKeystoreFormat(material.jks)).toBe('JKS');
  });

  it('recognises JCEKS by its magic', () => {
    expect(detectKeystoreFormat(Buffer.from('cececece00000002', 'hex'))).toBe('JCEKS');
  });

  it('accepts a BER PFX with indefinite length', () => {
    const content = material.p12.subarray(4); // skip 30 82 LL LL
    const ber = Buffer.concat([Buffer.from([0x30, 0x80]), content, Buffer.from([0, 0])]);
    expect(detectKeystoreFormat(ber)).toBe('PKCS12');
  });

  it.each([
    ['random bytes', randomBytes(256)],
    ['a PEM certificate', Buffer.from(material.certificate.pem)],
    ['a DER certificate (a SEQUENCE, but not version 3)', material.certificate.der],
    ['a truncated PKCS12', material.p12.subarray(0, material.p12.length - 10)],
    ['empty', Buffer.alloc(0)],
  ])('rejects %s', (_name, bytes) => {
    expect(detectKeystoreFormat(bytes)).toBe('UNKNOWN');
  });
});
