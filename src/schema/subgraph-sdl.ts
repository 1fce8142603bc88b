import { printSubgraphSchema } from '@apollo/subgraph';
import {
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveDefinitionNode,
  type GraphQLSchema,
  isInputObjectType,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';

/**
 * The spec `@oneOf` is linked from in the subgraph SDL. Composition keeps only directives that a
 * `@link`ed feature declares and `@composeDirective` names; Apollo composition does not yet
 * know `@oneOf` as built in, so this is the form both composition libraries keep.
 */
export const ONE_OF_SPEC_URL = 'https://specs.graphql.org/oneOf/v1.0';

const directive = (
  name: string,
  args: Record<string, string | string[]> = {},
): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: Object.entries(args).map(([argName, value]) => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: argName },
    value: Array.isArray(value)
      ? { kind: Kind.LIST, values: value.map((item) => ({ kind: Kind.STRING, value: item })) }
      : { kind: Kind.STRING, value },
  })),
});

const ONE_OF_DEFINITION: DirectiveDefinitionNode = {
  kind: Kind.DIRECTIVE_DEFINITION,
  name: { kind: Kind.NAME, value: 'oneOf' },
  repeatable: false,
  locations: [{ kind: Kind.NAME, value: 'INPUT_OBJECT' }],
  description: { kind: Kind.STRING, value: 'Exactly one field of the input object is given.' },
};

/**
 * The subgraph SDL (`_service { sdl }`, subgraph.graphql): what @apollo/subgraph prints, plus
 * `@oneOf` on every oneOf input object, its definition, and the `@link` + `@composeDirective`
 * that carry it into the supergraph (printSubgraphSchema drops it: graphql-js marks oneOf with a
 * flag, not a directive node).
 */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const oneOf = new Set(
    Object.values(schema.getTypeMap())
      .filter((type) => isInputObjectType(type) && type.isOneOf)
      .map((type) => type.name),
  );
  const document = visit(parse(printSubgraphSchema(schema)), {
    SchemaExtension: (node) => ({
      ...node,
      directives: [
        ...(node.directives ?? []),
        directive('link', { url: ONE_OF_SPEC_URL, import: ['@oneOf'] }),
        directive('composeDirective', { name: '@oneOf' }),
      ],
    }),
    InputObjectTypeDefinition: (node) =>
      oneOf.has(node.name.value) && !node.directives?.some((d) => d.name.value === 'oneOf')
        ? { ...node, directives: [...(node.directives ?? []), directive('oneOf')] }
        : node,
  });
  const definitions: DefinitionNode[] = [...document.definitions];
  const afterSchema = definitions.findIndex((d) => d.kind === Kind.SCHEMA_EXTENSION) + 1;
  definitions.splice(afterSchema, 0, ONE_OF_DEFINITION);
  return print({ ...document, definitions });
}
