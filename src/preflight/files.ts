import type { UploadConfig } from '../config.js';
import { type Outcome, validationFailure } from '../failures.js';
import { fail, ok } from '../result.js';

/** A file part from a GraphQL multipart request, as Yoga hands it over (a WHATWG File). */
export interface UploadedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** `FileInput`: GraphQL's @oneOf guarantees exactly one member is set. */
export interface FileInputValue {
  readonly upload?: UploadedFile | null;
  readonly base64?: string | null;
}

export interface FileBytes {
  readonly bytes: Buffer<ArrayBuffer>;
  /** The uploaded file's name, or a fallback for base64 input. */
  readonly fileName: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict RFC 4648 base64 (standard alphabet, padded); the message says what is wrong. */
export function decodeBase64(text: string, field: string): Outcome<Buffer<ArrayBuffer>> {
  // Node's decoder skips what it cannot read; text that encodes back to itself is strict base64.
  // Native decode and encode take a few ms for a 10 MiB file; the regular expressions below
  // took ten times that, so they only run to explain a refusal.
  const bytes = Buffer.from(text, 'base64') as Buffer<ArrayBuffer>;
  if (bytes.toString('base64') === text) return ok(bytes);
  const problem =
    base64Problem(text) ?? 'its last character has bits set that base64 leaves at zero';
  return fail(validationFailure(`${field} is not valid base64: ${problem}`, field));
}

function base64Problem(text: string): string | undefined {
  if (/\s/.test(text))
    return 'it contains whitespace or line breaks (encode without wrapping, e.g. base64 -w0)';
  if (/[-_]/.test(text) && !/[+/]/.test(text))
    return 'it looks like base64url; use the standard alphabet (+ and /)';
  if (!BASE64.test(text)) return 'it contains characters outside the base64 alphabet';
  if (text.length % 4 !== 0) return 'its length is not a multiple of 4 (is the = padding missing?)';
  return undefined;
}

const MiB = 1024 * 1024;
const sizeText = (bytes: number) =>
  bytes >= MiB && bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes}-byte`;

/** Reads a FileInput into bytes, enforcing the same size limit for uploads and base64. */
export async function readFileInput(
  input: FileInputValue,
  field: string,
  limits: UploadConfig,
  fallbackName: string,
): Promise<Outcome<FileBytes>> {
  const tooLarge = () =>
    fail(
      validationFailure(
        `${field} is larger than the ${sizeText(limits.maxFileBytes)} limit`,
        field,
      ),
    );
  let bytes: Buffer<ArrayBuffer>;
  let fileName = fallbackName;
  if (input.upload) {
    if (input.upload.size > limits.maxFileBytes) return tooLarge();
    bytes = Buffer.from(await input.upload.arrayBuffer());
    if (input.upload.name) fileName = input.upload.name;
  } else if (typeof input.base64 === 'string') {
    // Four characters of base64 carry three bytes: reject before decoding a huge string.
    if (Math.floor((input.base64.length * 3) / 4) > limits.maxFileBytes + 2) return tooLarge();
    const decoded = decodeBase64(input.base64, `${field}.base64`);
    if (!decoded.ok) return decoded;
    bytes = decoded.value;
  } else {
    return fail(validationFailure(`${field} needs exactly one of upload or base64`, field));
  }
  if (bytes.length > limits.maxFileBytes) return tooLarge();
  if (bytes.length === 0) return fail(validationFailure(`${field} is empty`, field));
  return ok({ bytes, fileName });
}
