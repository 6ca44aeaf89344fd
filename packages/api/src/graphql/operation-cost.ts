import { createRequire } from 'node:module';
// The explicit CommonJS entry, which Apollo and type-graphql load too: under Vitest a bare
// 'graphql' resolves to the ESM build, a second copy whose classes graphql refuses to mix.
import {
  type DocumentNode,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
} from 'graphql/index.js';
import { weightedEstimator } from './field-costs.js';

// The package's ESM build imports graphql's .mjs files, a second copy of graphql next to the
// CommonJS one Apollo and type-graphql load, and graphql refuses schemas from another copy.
// Its CommonJS build shares ours.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** Cost shapes kept per document: past this many (a client sweeping a size), they start afresh. */
const MAX_SHAPES_PER_DOCUMENT = 100;

/**
 * What of an operation's variables its cost can depend on: every number, boolean, null,
 * list length and input-object key, with each string left out. The estimators read size
 * arguments (Int values and list lengths, see perItemOf) and @include/@skip conditions, never
 * a string's content, so a search text does not make a new cost; a limit or a flag does.
 */
function costShape(operationName: string | undefined, variables: Record<string, unknown>): string {
  return `${operationName ?? ''}\u0000${JSON.stringify(variables, (_key, value: unknown) =>
    typeof value === 'string' ? '' : value,
  )}`;
}

/**
 * The variables as execution will see them. A value of the wrong type is refused here with
 * the error getComplexity would throw for it (the last one), cached cost or not.
 */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (errors?.length) throw errors[errors.length - 1];
  return coerced as Record<string, unknown>;
}

export type OperationCost = (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
) => number;

/**
 * The estimated cost of an operation: one per selected field, list fields multiplied by their
 * size arguments, plus FIELD_COSTS. Computed once per document and cost shape of its
 * variables (see costShape): an autocomplete sends one document with a new search text on
 * every keystroke, and walking the document with type information on each of them cost
 * about a seventh of what such a request allocated. Apollo keeps one parsed document per
 * query text, so a document's costs live as long as it does.
 */
export function operationCosts(schema: GraphQLSchema): OperationCost {
  const estimators = [
    weightedEstimator([fieldExtensionsEstimator()]),
    fieldExtensionsEstimator(),
    simpleEstimator({ defaultComplexity: 1 }),
  ];
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (document, operation, variables) => {
    const operationName = operation.name?.value;
    const shape = costShape(operationName, coercedVariables(schema, operation, variables));
    let known = costs.get(document);
    const cached = known?.get(shape);
    if (cached !== undefined) return cached;
    const cost = getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators,
    });
    if (!known || known.size >= MAX_SHAPES_PER_DOCUMENT) {
      known = new Map();
      costs.set(document, known);
    }
    known.set(shape, cost);
    return cost;
  };
}
