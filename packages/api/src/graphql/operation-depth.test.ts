import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDepth } from './operation-depth.js';

describe('operationDepth', () => {
  it('counts the deepest chain of fields', () => {
    expect(operationDepth(parse('{ health { status } me { id } }'))).toBe(2);
    expect(operationDepth(parse('{ collectionStatistics { lastRun { results { role } } } }'))).toBe(4);
  });

  it('follows fragment spreads and inline fragments', () => {
    const document = parse(`
      query Q { collectionStatistics { ...Stats } }
      fragment Stats on CollectionStatistics { lastRun { ... on CollectionRun { results { role } } } }
    `);
    expect(operationDepth(document, 'Q')).toBe(4);
  });

  it('measures the named operation only', () => {
    const document = parse('query Shallow { health { status } } query Deep { a { b { c { d } } } }');
    expect(operationDepth(document, 'Shallow')).toBe(2);
    expect(operationDepth(document, 'Deep')).toBe(4);
  });

  it('leaves introspection out, whose nesting the spec fixes', () => {
    const document = parse(
      '{ __schema { types { fields { type { ofType { ofType { name } } } } } } health { status } }',
    );
    expect(operationDepth(document)).toBe(2);
  });

  it('survives a fragment cycle that validation would have rejected', () => {
    const document = parse('{ a { ...F } } fragment F on T { b { ...F } }');
    expect(operationDepth(document)).toBe(2);
  });
});
