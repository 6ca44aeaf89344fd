import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The size of a document as validation and execution see it: fragments expanded
 * where they are spread. Each fragment is measured once and its figures
 * reused at every spread, so a document whose fragments double at each level
 * (a "fragment bomb") is measured in time linear in its text, while the
 * figures themselves show the exponential expansion.
 */
export interface OperationShape {
  /** Field selections after expanding fragments (introspection fields included). */
  selections: number;
  /** Aliased fields after expanding fragments. */
  aliases: number;
  /** Directives after expanding fragments. */
  directives: number;
  /** Deepest field nesting, following fragments; introspection fields (`__schema`, `__type`) not counted. */
  depth: number;
}

type SelectionFigures = OperationShape;

const NOTHING: SelectionFigures = { selections: 0, aliases: 0, directives: 0, depth: 0 };

function add(a: SelectionFigures, b: SelectionFigures): SelectionFigures {
  return {
    selections: a.selections + b.selections,
    aliases: a.aliases + b.aliases,
    directives: a.directives + b.directives,
    depth: Math.max(a.depth, b.depth),
  };
}

/** The operation execution would run: the named one, or the only one. */
export function selectedOperation(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * Measures the whole document, since validation visits all of it whichever
 * operation is selected: selections add up over every operation and fragment
 * definition (the work validation does), aliases, directives and depth are
 * those of the largest operation (the work execution may do).
 */
export function documentShape(document: DocumentNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, SelectionFigures>();
  const measuring = new Set<string>();

  const fragmentFigures = (name: string): SelectionFigures => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic spreads are validation's to report; they add nothing here.
    if (!fragment || measuring.has(name)) return NOTHING;
    measuring.add(name);
    const figures = selectionSetFigures(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, figures);
    return figures;
  };

  const selectionSetFigures = (selectionSet: SelectionSetNode): SelectionFigures => {
    let total = NOTHING;
    for (const selection of selectionSet.selections) {
      const directives = selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? selectionSetFigures(selection.selectionSet) : NOTHING;
        const counted = !selection.name.value.startsWith('__');
        total = add(total, {
          selections: 1 + below.selections,
          aliases: (selection.alias ? 1 : 0) + below.aliases,
          directives: directives + below.directives,
          depth: counted ? 1 + below.depth : 0,
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selectionSetFigures(selection.selectionSet);
        total = add(total, { ...inner, directives: directives + inner.directives });
      } else {
        const inner = fragmentFigures(selection.name.value);
        total = add(total, { ...inner, directives: directives + inner.directives });
      }
    }
    return total;
  };

  const shape: OperationShape = { ...NOTHING };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      shape.selections += fragmentFigures(definition.name.value).selections;
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      const figures = selectionSetFigures(definition.selectionSet);
      shape.selections += figures.selections;
      shape.aliases = Math.max(shape.aliases, figures.aliases);
      shape.directives = Math.max(
        shape.directives,
        figures.directives + (definition.directives?.length ?? 0),
      );
      shape.depth = Math.max(shape.depth, figures.depth);
    }
  }
  return shape;
}
