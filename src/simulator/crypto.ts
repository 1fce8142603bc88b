import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  X509Certificate,
} from 'node:crypto';
import forge from 'node-forge';
import { detectKeystoreFormat } from '../preflight/keystore-format.js';

/** What Apinizer stores about a certificate, parsed from the real bytes. */
export interface ParsedCertificate {
  readonly der: Buffer;
  readonly subjectDn: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly sha1Thumbprint: string;
  readonly publicKey: KeyObject;
}

/** Parses the first PEM certificate in a file; undefined when there is none or it is broken. */
export function parsePemCertificate(bytes: Buffer): ParsedCertificate | undefined {
  const block = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(
    bytes.toString('latin1'),
  )?.[0];
  if (!block) return undefined;
  try {
    return describeCertificate(new X509Certificate(block));
  } catch {
    return undefined;
  }
}

export function parseDerCertificate(der: Buffer): ParsedCertificate {
  return describeCertificate(new X509Certificate(der));
}

function describeCertificate(cert: X509Certificate): ParsedCertificate {
  return {
    der: cert.raw,
    // RFC 2253 order (most specific first), as Java's X500Principal prints it.
    subjectDn: cert.subject.split('\n').reverse().join(', '),
    startDate: new Date(cert.validFrom).toISOString(),
    endDate: new Date(cert.validTo).toISOString(),
    sha1Thumbprint: createHash('sha1').update(cert.raw).digest('hex').toUpperCase(),
    publicKey: cert.publicKey,
  };
}

export type KeystoreCheck =
  | {
      readonly ok: true;
      readonly publicKey: KeyObject | undefined;
      /** The alias's private key, when the keystore holds one we can read (PKCS12). */
      readonly privateKey?: KeyObject;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Opens a keystore the way Apinizer would: the bytes must be the declared type and the password
 * must open it. PKCS#12 is fully parsed (node-forge); JKS is checked by its keyed SHA-1 digest,
 * and its trusted-certificate entries are read (private-key entries need Sun's key protection).
 */
export function openKeystore(
  bytes: Buffer,
  type: 'JKS' | 'PKCS12',
  password: string,
  alias: string | null,
): KeystoreCheck {
  if (detectKeystoreFormat(bytes) !== type) {
    return { ok: false, message: `Keystore file is not a valid ${type} keystore!` };
  }
  return type === 'PKCS12' ? openPkcs12(bytes, password, alias) : openJks(bytes, password);
}

function openPkcs12(bytes: Buffer, password: string, alias: string | null): KeystoreCheck {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), password);
  } catch {
    return { ok: false, message: 'Keystore could not be opened: the password is incorrect!' };
  }
  const matches = (bag: forge.pkcs12.Bag) =>
    alias === null || bag.attributes.friendlyName?.[0] === alias;
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[
      forge.pki.oids.pkcs8ShroudedKeyBag
    ] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBag = certBags.find(matches);
  const keyBag = keyBags.find(matches);
  if (alias !== null && !certBag && !keyBag) {
    return { ok: false, message: `Alias (name: ${alias}) is not found in keystore!` };
  }
  const certificate = (certBag ?? certBags[0])?.cert;
  const forgeKey = (keyBag ?? (alias === null ? keyBags[0] : undefined))?.key;
  return {
    ok: true,
    publicKey: certificate ? createPublicKey(forge.pki.certificateToPem(certificate)) : undefined,
    ...(forgeKey ? { privateKey: createPrivateKey(forge.pki.privateKeyToPem(forgeKey)) } : {}),
  };
}

function openJks(bytes: Buffer, password: string): KeystoreCheck {
  if (bytes.length < 24)
    return { ok: false, message: 'Keystore file is not a valid JKS keystore!' };
  const body = bytes.subarray(0, bytes.length - 20);
  const passwordBytes = Buffer.from(
    [...password].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]),
  );
  const digest = createHash('sha1')
    .update(passwordBytes)
    .update('Mighty Aphrodite', 'utf8')
    .update(body)
    .digest();
  if (!digest.equals(bytes.subarray(bytes.length - 20))) {
    return { ok: false, message: 'Keystore could not be opened: the password is incorrect!' };
  }
  return { ok: true, publicKey: firstJksTrustedCertificateKey(body) };
}

/** Walks JKS entries to the first trusted certificate; private-key entries are skipped. */
function firstJksTrustedCertificateKey(body: Buffer): KeyObject | undefined {
  try {
    let offset = 12;
    const count = body.readUInt32BE(8);
    const skipUtf = () => {
      offset += 2 + body.readUInt16BE(offset);
    };
    for (let i = 0; i < count; i++) {
      const tag = body.readUInt32BE(offset);
      offset += 4;
      skipUtf(); // alias
      offset += 8; // date
      if (tag === 2) {
        skipUtf(); // certificate type
        const length = body.readUInt32BE(offset);
        return new X509Certificate(body.subarray(offset + 4, offset + 4 + length)).publicKey;
      }
      const keyLength = body.readUInt32BE(offset);
      offset += 4 + keyLength;
      const chain = body.readUInt32BE(offset);
      offset += 4;
      for (let c = 0; c < chain; c++) {
        skipUtf();
        offset += 4 + body.readUInt32BE(offset);
      }
    }
  } catch {
    // A file we cannot walk still opened with the password; it just yields no public key.
  }
  return undefined;
}

/** Parses key content as Apinizer stores it: PEM or DER, of the declared kind. */
export function parseKeyContent(
  bytes: Buffer,
  keyType: 'SECRET_KEY' | 'PRIVATE_KEY' | 'PUBLIC_KEY',
): KeyObject | undefined {
  const attempts: (() => KeyObject)[] =
    keyType === 'PRIVATE_KEY'
      ? [
          () => createPrivateKey(bytes.toString('latin1')),
          () => createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' }),
          () => createPrivateKey({ key: bytes, format: 'der', type: 'pkcs1' }),
          () => createPrivateKey({ key: bytes, format: 'der', type: 'sec1' }),
        ]
      : keyType === 'PUBLIC_KEY'
        ? [
            () => publicOnly(bytes.toString('latin1')),
            () => createPublicKey({ key: bytes, format: 'der', type: 'spki' }),
            () => createPublicKey({ key: bytes, format: 'der', type: 'pkcs1' }),
          ]
        : [];
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {
      // next encoding
    }
  }
  return undefined;
}

function publicOnly(pem: string): KeyObject {
  if (/PRIVATE KEY/.test(pem)) throw new Error('private key given as public');
  return createPublicKey(pem);
}

/** A key in standard JWK form, typed the way Apinizer names JWK types. */
export function jwkOf(key: KeyObject): {
  type: 'RSA' | 'EC' | 'OKP';
  material: Record<string, unknown>;
} {
  const material = key.export({ format: 'jwk' }) as Record<string, unknown>;
  const kty = material.kty;
  return { type: kty === 'EC' ? 'EC' : kty === 'OKP' ? 'OKP' : 'RSA', material };
}
