import { createHash, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * Real crypto material for the simulator's seed data and for tests: RSA keys from node:crypto,
 * X.509 certificates and PKCS#12 keystores built with node-forge (node:crypto cannot issue
 * certificates or write PKCS#12).
 */

export interface RsaKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

export function rsaKeyPair(bits = 2048): RsaKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privateKey,
    publicKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export interface CertificateOptions {
  readonly commonName: string;
  readonly organization?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly keys?: RsaKeyPair;
  /** IP addresses the certificate is for (subjectAltName), e.g. a TLS server on loopback. */
  readonly ipAddresses?: readonly string[];
}

export interface IssuedCertificate {
  readonly pem: string;
  readonly der: Buffer<ArrayBuffer>;
  readonly keys: RsaKeyPair;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A self-signed RSA certificate (SHA-256). */
export function selfSignedCertificate(options: CertificateOptions): IssuedCertificate {
  const keys = options.keys ?? rsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  // A positive serial: forge writes the hex as given, and a leading 1 bit would make it negative.
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * DAY_MS);
  // Most general first, as CAs encode names (C, O, ..., CN).
  const attributes = [
    ...(options.organization ? [{ name: 'organizationName', value: options.organization }] : []),
    { name: 'commonName', value: options.commonName },
  ];
  cert.setSubject(attributes);
  cert.setIssuer(attributes);
  if (options.ipAddresses?.length) {
    cert.setExtensions([
      { name: 'subjectAltName', altNames: options.ipAddresses.map((ip) => ({ type: 7, ip })) },
    ]);
  }
  cert.sign(forge.pki.privateKeyFromPem(keys.privateKeyPem), forge.md.sha256.create());
  const pem = forge.pki.certificateToPem(cert);
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return { pem, der, keys };
}

/** A PKCS#12 keystore holding one key and its certificate under `alias`. */
export function pkcs12Keystore(options: {
  readonly certificate: IssuedCertificate;
  readonly password: string;
  readonly alias: string;
}): Buffer<ArrayBuffer> {
  const p12 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(options.certificate.keys.privateKeyPem),
    [forge.pki.certificateFromPem(options.certificate.pem)],
    options.password,
    { friendlyName: options.alias, algorithm: '3des' },
  );
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

/**
 * A JKS keystore with one trusted certificate entry, written in the JKS format (magic FEEDFEED,
 * version 2, SHA-1 integrity digest keyed by the password), so tests need no Java.
 */
export function jksTruststore(options: {
  readonly certificate: IssuedCertificate;
  readonly password: string;
  readonly alias: string;
}): Buffer<ArrayBuffer> {
  const utf = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const u32 = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(value);
    return bytes;
  };
  const u64 = (value: number) => {
    const bytes = Buffer.alloc(8);
    bytes.writeBigUInt64BE(BigInt(value));
    return bytes;
  };
  const body = Buffer.concat([
    u32(0xfeedfeed),
    u32(2),
    u32(1),
    u32(2), // trusted certificate entry
    utf(options.alias),
    u64(Date.now()),
    utf('X.509'),
    u32(options.certificate.der.length),
    options.certificate.der,
  ]);
  const passwordBytes = Buffer.from(
    [...options.password].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]),
  );
  const digest = createHash('sha1')
    .update(passwordBytes)
    .update('Mighty Aphrodite', 'utf8')
    .update(body)
    .digest();
  return Buffer.concat([body, digest]);
}
