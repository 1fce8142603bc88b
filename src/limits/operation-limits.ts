import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type ValidationContext,
  visit,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { OperationLimits } from '../config.js';
import { upstreamCallEstimator } from './cost.js';
import { createDocumentCache } from './document-cache.js';

/**
 * Every bound on one operation, checked before it is parsed (size), while it is parsed
 * (tokens), when it is validated (depth, aliases, directives) and before it executes (cost in
 * Apinizer calls). A refusal is a GraphQL error with `extensions.code` and makes no call.
 */
export function operationLimitPlugins(limits: OperationLimits): Plugin[] {
  return [
    useQuerySizeLimit(limits.maxQueryBytes),
    createDocumentCache({ maxTokens: limits.maxTokens, maxBytes: limits.documentCacheBytes })
      .plugin,
    maxDepthPlugin({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...rejectWith('MAX_DEPTH_EXCEEDED'),
    }),
    maxAliasesPlugin({ n: limits.maxAliases, ...rejectWith('MAX_ALIASES_EXCEEDED') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...rejectWith('MAX_DIRECTIVES_EXCEEDED') }),
    useCostLimit(limits.maxCost),
  ];
}

/** graphql-armor reports through the validation context, with our code, instead of throwing. */
function rejectWith(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, '');
        context?.reportError(new GraphQLError(message, { extensions: { code } }));
      },
    ],
  };
}

/** Refuses a query text longer than `maxBytes` before anything reads it. */
function useQuerySizeLimit(maxBytes: number): Plugin {
  return {
    onParams({ params }) {
      const query = params.query;
      // Length in UTF-16 units never exceeds 3x... check characters first, bytes only if close.
      if (typeof query !== 'string' || query.length * 3 <= maxBytes) return;
      if (Buffer.byteLength(query, 'utf8') <= maxBytes) return;
      throw createGraphQLError(
        `The query is longer than ${maxBytes} bytes, the most this gateway accepts.`,
        { extensions: { code: 'QUERY_TOO_LARGE', http: { status: 400 } } },
      );
    },
  };
}

/**
 * Refuses, before any resolver runs, an operation expected to make more than `maxCost` calls
 * to Apinizer (see cost.ts). Counted with graphql-query-complexity, with the variables.
 */
/**
 * Whether variables can change a document's cost: through `_entities(representations: $r)` (one
 * call per representation) or `@include`/`@skip(if: $v)`, which decide what is selected.
 */
const dependsOnVariables = new WeakMap<DocumentNode, boolean>();
function costDependsOnVariables(document: DocumentNode): boolean {
  const known = dependsOnVariables.get(document);
  if (known !== undefined) return known;
  let depends = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '_entities') depends = true;
    },
    Directive(node) {
      if (node.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE)) depends = true;
    },
  });
  dependsOnVariables.set(document, depends);
  return depends;
}

function useCostLimit(maxCost: number): Plugin {
  const estimators = new WeakMap<GraphQLSchema, ReturnType<typeof upstreamCallEstimator>>();
  const estimatorFor = (schema: GraphQLSchema) => {
    let estimator = estimators.get(schema);
    if (!estimator) {
      estimator = upstreamCallEstimator(schema);
      estimators.set(schema, estimator);
    }
    return estimator;
  };
  // The cost of a document whose variables cannot change it, by operation name: most documents
  // (a client's own operations) are counted once, not on every request.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const count = (args: ExecutionArgs): number | undefined => {
    const key = args.operationName ?? '';
    const known = costs.get(args.document)?.get(key);
    if (known !== undefined) return known;
    let cost: number;
    try {
      cost = getComplexity({
        schema: args.schema,
        query: args.document,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
        ...(args.operationName ? { operationName: args.operationName } : {}),
        estimators: [estimatorFor(args.schema)],
      });
    } catch (error) {
      // Variables that do not fit the operation: execution reports that itself, calling nothing.
      if (error instanceof GraphQLError && error.message.startsWith('Variable "$'))
        return undefined;
      return Number.POSITIVE_INFINITY;
    }
    if (!costDependsOnVariables(args.document)) {
      const byName = costs.get(args.document) ?? new Map<string, number>();
      byName.set(key, cost);
      costs.set(args.document, byName);
    }
    return cost;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = count(args);
      if (cost === undefined || cost <= maxCost) return;
      const counted = Number.isFinite(cost) ? `${cost}` : 'too many';
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `This operation would make ${counted} calls to Apinizer; the most one operation may make is ${maxCost}. Ask for fewer resources at once.`,
            {
              extensions: {
                code: 'COST_LIMIT_EXCEEDED',
                maxCost,
                ...(Number.isFinite(cost) ? { cost } : {}),
              },
            },
          ),
        ],
      });
    },
  };
}
