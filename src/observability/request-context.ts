import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line and masked error of one HTTP request share. */
export interface RequestContext {
  readonly requestId: string;
}

/** Carries the request's context through every await of its handling (logs, masked errors). */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;

// A caller's own id is kept when it looks like one (a proxy's X-Request-Id); anything else is
// replaced, so a header cannot inject text into the logs.
const USABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && USABLE_ID.test(value) ? value : randomUUID();
}
