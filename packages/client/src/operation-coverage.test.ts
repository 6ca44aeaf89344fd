import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLObjectType, Kind, OperationTypeNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';

const operationsDir = fileURLToPath(new URL('./operations/', import.meta.url));
const schemaFile = fileURLToPath(new URL('../../api/schema.graphql', import.meta.url));

/** `query.me`, `mutation.login`, ...: the root fields the documents under ./operations select. */
function selectedRootFields(): Set<string> {
  const selected = new Set<string>();
  for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(`${operationsDir}${file}`, 'utf8')).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) selected.add(`${definition.operation}.${selection.name.value}`);
      }
    }
  }
  return selected;
}

function schemaRootFields(): string[] {
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  const roots: [OperationTypeNode, GraphQLObjectType | null | undefined][] = [
    [OperationTypeNode.QUERY, schema.getQueryType()],
    [OperationTypeNode.MUTATION, schema.getMutationType()],
    [OperationTypeNode.SUBSCRIPTION, schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, type]) =>
    type ? Object.keys(type.getFields()).map((field) => `${operation}.${field}`) : [],
  );
}

describe('the client operations', () => {
  it('cover every query and mutation of the schema (add a .graphql operation, then `pnpm codegen`)', () => {
    const selected = selectedRootFields();
    expect(schemaRootFields().filter((field) => !selected.has(field))).toEqual([]);
  });
});
