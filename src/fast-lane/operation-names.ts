import { getOperationAST, type OperationTypeNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface OperationName {
  readonly name: string | undefined;
  readonly type: OperationTypeNode | undefined;
}

/**
 * Remembers, per request, which operation its document names once it parsed: the HTTP metrics
 * of the fast lane carry the same operation labels as Yoga's own (its Prometheus plugin learns
 * them the same way, in onParse).
 */
export function trackOperationNames(): {
  readonly plugin: Plugin;
  operationOf(request: Request): OperationName | undefined;
} {
  const operations = new WeakMap<Request, OperationName>();
  return {
    plugin: {
      onParse({ context }) {
        const { request, params } = context as {
          request?: Request;
          params?: { operationName?: string | null };
        };
        if (!request) return;
        return ({ result }) => {
          if (!result || result instanceof Error) return;
          const operation = getOperationAST(result, params?.operationName);
          operations.set(request, { name: operation?.name?.value, type: operation?.operation });
        };
      },
    },
    operationOf: (request) => operations.get(request),
  };
}
