import { X509Certificate } from 'node:crypto';
import { type Outcome, validationFailure } from '../failures.js';
import { fail, ok } from '../result.js';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/**
 * Apinizer's `pemEncodedFile` must be a PEM X.509 certificate. DER, a key, or a PEM that does
 * not parse is caught here, and a private key riding along is refused: it must not be stored as
 * a certificate.
 */
export function checkPemCertificate(bytes: Uint8Array, field: string): Outcome<X509Certificate> {
  const text = Buffer.from(bytes).toString('latin1');
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    return fail(
      validationFailure(`${field} contains a private key; upload only the certificate`, field),
    );
  }
  const block = PEM_CERTIFICATE.exec(text)?.[0];
  if (!block) {
    return fail(
      validationFailure(
        `${field} is not a PEM certificate (expected a -----BEGIN CERTIFICATE----- block)`,
        field,
      ),
    );
  }
  try {
    return ok(new X509Certificate(block));
  } catch {
    return fail(
      validationFailure(`${field} holds a PEM block that is not a valid X.509 certificate`, field),
    );
  }
}
