import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentShape } from './document-shape.js';

describe('documentShape', () => {
  it('counts the deepest chain of fields', () => {
    expect(documentShape(parse('{ health { status } me { id } }')).depth).toBe(2);
    expect(documentShape(parse('{ collectionStatistics { lastRun { results { role } } } }')).depth).toBe(4);
  });

  it('follows fragment spreads and inline fragments for depth, aliases and directives', () => {
    const shape = documentShape(
      parse(`
        query Q { collectionStatistics { ...Stats } }
        fragment Stats on CollectionStatistics { last: lastRun @include(if: true) { ... on CollectionRun { results { role } } } }
      `),
    );
    expect(shape).toEqual({ depth: 4, aliases: 1, directives: 1, selections: 7 });
  });

  it('takes the largest operation and counts every definition validation visits', () => {
    const shape = documentShape(
      parse('query Shallow { health { status } } query Deep { a { b { c { d } } } }'),
    );
    expect(shape.depth).toBe(4);
    expect(shape.selections).toBe(6);
  });

  it('leaves introspection out of depth, whose nesting the spec fixes', () => {
    const document = parse(
      '{ __schema { types { fields { type { ofType { ofType { name } } } } } } health { status } }',
    );
    expect(documentShape(document).depth).toBe(2);
  });

  it('measures a fragment bomb without expanding it', () => {
    const levels = 40;
    const fragments = ['fragment F0 on Query { a: health { status } }'];
    for (let level = 1; level <= levels; level++) {
      fragments.push(`fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`);
    }
    const started = performance.now();
    const shape = documentShape(parse(`{ ...F${levels} } ${fragments.join(' ')}`));
    expect(performance.now() - started).toBeLessThan(50);
    expect(shape.aliases).toBe(2 ** levels);
    expect(shape.selections).toBeGreaterThan(2 ** levels);
  });

  it('survives a fragment cycle that validation will reject', () => {
    expect(documentShape(parse('{ a { ...F } } fragment F on T { b { ...F } }')).depth).toBe(2);
  });
});
