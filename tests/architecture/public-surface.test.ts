import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const DOMAIN_SOURCES = path.join(REPOSITORY, 'packages/domain/src');
/**
 * The readiness probe reads the driver, so it lives in a repository file, but it owns no
 * stored data: the API's /ready and the worker's heartbeat ask it whether the database answers.
 */
const PUBLIC_PROBES = new Set(['database/readiness.repository.ts']);

/** Each name an entry exports, with the file (relative to domain/src) and kind of its declaration. */
function exportsOf(entry: string): { name: string; file: string; isClass: boolean }[] {
  const entryFile = path.join(DOMAIN_SOURCES, entry);
  const program = ts.createProgram([entryFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    experimentalDecorators: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const file = declaration ? path.relative(DOMAIN_SOURCES, declaration.getSourceFile().fileName) : '?';
    return { name: exported.name, file, isClass: !!declaration && ts.isClassDeclaration(declaration) };
  });
}

describe("@career-navigator/domain's public entry", () => {
  const publicExports = exportsOf('index.ts');

  it('exports no repository function and no model class', () => {
    const internals = publicExports.filter(
      ({ file, isClass }) =>
        (file.endsWith('.repository.ts') && !PUBLIC_PROBES.has(file)) ||
        (isClass && file.endsWith('.model.ts')),
    );
    expect(internals.map(({ name, file }) => `${name} (${file})`)).toEqual([]);
  });

  it('is a strict part of the internal entry', () => {
    const internal = new Set(exportsOf('internal.ts').map(({ name }) => name));
    expect(publicExports.filter(({ name }) => !internal.has(name))).toEqual([]);
    expect(internal.size).toBeGreaterThan(publicExports.length);
  });
});
