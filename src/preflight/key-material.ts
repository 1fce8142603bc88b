import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { KeyType } from '../apinizer/keys.js';
import { type Outcome, validationFailure } from '../failures.js';
import { fail, ok } from '../result.js';

type Parse = () => KeyObject;

function firstParsed(attempts: readonly Parse[]): KeyObject | undefined {
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {
      // try the next encoding
    }
  }
  return undefined;
}

function parsePrivate(bytes: Buffer): KeyObject | undefined {
  return firstParsed([
    () => createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' }),
    () => createPrivateKey({ key: bytes, format: 'der', type: 'pkcs1' }),
    () => createPrivateKey({ key: bytes, format: 'der', type: 'sec1' }),
  ]);
}

function parsePublic(bytes: Buffer): KeyObject | undefined {
  return firstParsed([
    () => createPublicKey({ key: bytes, format: 'der', type: 'spki' }),
    () => createPublicKey({ key: bytes, format: 'der', type: 'pkcs1' }),
  ]);
}

/** Parses key content (PEM or DER) of the given kind; undefined when it is not one. */
export function parseKeyMaterial(
  bytes: Buffer,
  keyType: 'PRIVATE_KEY' | 'PUBLIC_KEY',
): KeyObject | undefined {
  const text = bytes.toString('latin1');
  const pemLabel = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  if (pemLabel !== undefined) {
    const isPrivate = pemLabel.includes('PRIVATE');
    if (isPrivate !== (keyType === 'PRIVATE_KEY')) return undefined;
    return firstParsed([() => (isPrivate ? createPrivateKey(text) : createPublicKey(text))]);
  }
  return keyType === 'PRIVATE_KEY' ? parsePrivate(bytes) : parsePublic(bytes);
}

/**
 * Key content must be what `keyType` says: a private key (PEM or DER: PKCS#8, PKCS#1, SEC1) for
 * PRIVATE_KEY, a public key (PEM or DER: SPKI, PKCS#1) for PUBLIC_KEY, any bytes for SECRET_KEY.
 */
export function checkKeyMaterial(bytes: Buffer, keyType: KeyType, field: string): Outcome<KeyType> {
  if (keyType === 'SECRET_KEY') return ok(keyType);
  const text = bytes.toString('latin1');
  const pemLabel = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  const wanted = keyType === 'PRIVATE_KEY' ? 'private' : 'public';
  const problem = (what: string) =>
    fail(validationFailure(`${field} is ${what}, but keyType is ${keyType}`, field));
  if (pemLabel?.includes('ENCRYPTED')) {
    return fail(
      validationFailure(
        `${field} is an encrypted private key; Apinizer needs it unencrypted`,
        field,
      ),
    );
  }
  if (pemLabel !== undefined) {
    const isPrivate = pemLabel.includes('PRIVATE');
    if (keyType === 'PUBLIC_KEY' && isPrivate) return problem('a private key');
    if (keyType === 'PRIVATE_KEY' && !isPrivate) return problem(`a PEM ${pemLabel}`);
    const parsed = firstParsed([
      () => (isPrivate ? createPrivateKey(text) : createPublicKey(text)),
    ]);
    return parsed ? ok(keyType) : problem(`a PEM ${pemLabel} block that does not parse`);
  }
  const parsed = keyType === 'PRIVATE_KEY' ? parsePrivate(bytes) : parsePublic(bytes);
  if (parsed) return ok(keyType);
  if (keyType === 'PUBLIC_KEY' && parsePrivate(bytes)) return problem('a private key');
  return problem(`not a ${wanted} key in PEM or DER form`);
}
