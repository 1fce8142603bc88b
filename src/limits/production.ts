import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { HttpConfig } from '../config.js';

/** Introspection, `_service` and field suggestions, each off by its own setting. */
export function productionSwitchPlugins(
  http: Pick<HttpConfig, 'introspection' | 'federationService' | 'fieldSuggestions'>,
): Plugin[] {
  const plugins: Plugin[] = [];
  const rule = hiddenFieldsRule(!http.introspection, !http.federationService);
  if (rule) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(rule) });
  if (!http.fieldSuggestions) plugins.push(blockFieldSuggestionsPlugin({ mask: '' }));
  return plugins;
}

/** Refuses `__schema`/`__type` (introspection) and `_service` (the subgraph SDL) when off. */
function hiddenFieldsRule(
  hideIntrospection: boolean,
  hideService: boolean,
): ValidationRule | undefined {
  if (!hideIntrospection && !hideService) return undefined;
  return (context) => ({
    Field(node) {
      const name = node.name.value;
      if (hideIntrospection && (name === '__schema' || name === '__type')) {
        context.reportError(
          new GraphQLError('Introspection is turned off on this gateway.', {
            nodes: [node],
            extensions: { code: 'INTROSPECTION_DISABLED' },
          }),
        );
      }
      if (
        hideService &&
        name === '_service' &&
        context.getParentType() === context.getSchema().getQueryType()
      ) {
        context.reportError(
          new GraphQLError('The federation SDL (_service) is turned off on this gateway.', {
            nodes: [node],
            extensions: { code: 'FEDERATION_SERVICE_DISABLED' },
          }),
        );
      }
    },
  });
}
