import type { Result } from './result.js';

/** What kind of Apinizer resource a failure is about (mirrors the GraphQL `ResourceType` enum). */
export type ResourceType = 'PROJECT' | 'ENVIRONMENT' | 'KEYSTORE' | 'KEY' | 'JWK' | 'CERTIFICATE';

/** Why an upstream call did not produce a usable answer. */
export type UpstreamReason =
  | 'HTTP_ERROR'
  | 'CONNECTION_REFUSED'
  | 'TIMEOUT'
  | 'NETWORK_ERROR'
  | 'INVALID_RESPONSE';

/**
 * Every way a gateway operation can fail, whether found before any call (preflight) or reported by
 * Apinizer. The schema maps each kind to one GraphQL error type; nothing else crosses that line.
 * Messages never carry secrets: they quote names and Apinizer's own words, never bodies we sent.
 */
export type Failure =
  | {
      readonly kind: 'NOT_FOUND';
      readonly message: string;
      readonly resourceType?: ResourceType;
      readonly name?: string;
    }
  | { readonly kind: 'NAME_CONFLICT'; readonly message: string; readonly name?: string }
  | { readonly kind: 'VALIDATION'; readonly message: string; readonly field?: string }
  | { readonly kind: 'AUTHENTICATION'; readonly message: string }
  | { readonly kind: 'PERMISSION_DENIED'; readonly message: string }
  | {
      readonly kind: 'UPSTREAM';
      readonly message: string;
      readonly reason: UpstreamReason;
      readonly status?: number;
    }
  | {
      /** A write that reached Apinizer (or may have) without a readable answer: it may have happened. */
      readonly kind: 'UNKNOWN_OUTCOME';
      readonly message: string;
      readonly resourceType?: ResourceType;
      readonly name?: string;
    }
  | {
      /** The operation used up its share of Apinizer (calls per operation); nothing more was sent. */
      readonly kind: 'LIMIT';
      readonly message: string;
    };

export type FailureKind = Failure['kind'];

export type Outcome<T> = Result<T, Failure>;

export const validationFailure = (message: string, field?: string): Failure => ({
  kind: 'VALIDATION',
  message,
  ...(field === undefined ? {} : { field }),
});
