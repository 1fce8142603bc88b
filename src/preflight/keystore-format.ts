import type { KeyStoreType } from '../apinizer/keystores.js';
import { type Outcome, validationFailure } from '../failures.js';
import { fail, ok } from '../result.js';

const JKS_MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;

/** What a keystore file's bytes say it is. */
export type DetectedKeystoreFormat = KeyStoreType | 'JCEKS' | 'UNKNOWN';

export function detectKeystoreFormat(bytes: Uint8Array): DetectedKeystoreFormat {
  if (bytes.length >= 4) {
    const magic = Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32BE(0);
    if (magic === JKS_MAGIC) return 'JKS';
    if (magic === JCEKS_MAGIC) return 'JCEKS';
  }
  return isPkcs12Pfx(bytes) ? 'PKCS12' : 'UNKNOWN';
}

/**
 * A PKCS#12 PFX is an ASN.1 SEQUENCE whose length covers the file (DER, or BER with indefinite
 * length as some Java tools write) and whose first member is INTEGER 3 (the PFX version).
 */
function isPkcs12Pfx(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x30) return false;
  const first = bytes[1] ?? 0;
  let contentStart: number;
  if (first === 0x80) {
    contentStart = 2;
    if (bytes[bytes.length - 1] !== 0 || bytes[bytes.length - 2] !== 0) return false;
  } else if (first < 0x80) {
    contentStart = 2;
    if (contentStart + first !== bytes.length) return false;
  } else {
    const lengthBytes = first & 0x7f;
    if (lengthBytes > 4 || bytes.length < 2 + lengthBytes) return false;
    let length = 0;
    for (let i = 0; i < lengthBytes; i++) length = length * 256 + (bytes[2 + i] ?? 0);
    contentStart = 2 + lengthBytes;
    if (contentStart + length !== bytes.length) return false;
  }
  return (
    bytes[contentStart] === 0x02 &&
    bytes[contentStart + 1] === 0x01 &&
    bytes[contentStart + 2] === 0x03
  );
}

/** `keyStoreType` must match the file's real format, or Apinizer cannot open it. */
export function checkKeystoreFormat(
  bytes: Uint8Array,
  declared: KeyStoreType,
  field: string,
): Outcome<KeyStoreType> {
  const detected = detectKeystoreFormat(bytes);
  if (detected === declared) return ok(declared);
  const what =
    detected === 'UNKNOWN'
      ? 'neither a JKS nor a PKCS12 keystore'
      : `a ${detected} keystore${detected === 'JCEKS' ? ', which Apinizer does not take' : ''}`;
  return fail(validationFailure(`${field} is ${what}, but keyStoreType is ${declared}`, field));
}
