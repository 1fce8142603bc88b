import type { Plugin } from 'graphql-yoga';
import type { Metrics } from './metrics.js';

/**
 * Counts the GraphQL errors clients receive, by `extensions.code` (limits, read failures,
 * masked errors); mutations' union error members are counted where they are made.
 */
export function useErrorMetrics(metrics: Metrics): Plugin {
  return {
    onResultProcess({ result }) {
      for (const each of Array.isArray(result) ? result : [result]) {
        const errors = (each as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors;
        for (const error of errors ?? []) {
          const code = error.extensions?.code;
          metrics.error(typeof code === 'string' ? code : 'GRAPHQL_ERROR');
        }
      }
    },
  };
}
