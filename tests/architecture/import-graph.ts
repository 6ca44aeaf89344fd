import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One relative import between two source files of the same package. */
export interface ImportEdge {
  from: string;
  to: string;
  /** `import type` / `export type` only: erased at run time, so it cannot close a run-time cycle. */
  typeOnly: boolean;
}

/** One import of a package by name (`@career-navigator/domain/internal`, `vitest` ...). */
export interface PackageImport {
  from: string;
  specifier: string;
}

export interface ImportGraph {
  /** Every source file, relative to the root given to buildImportGraph, with '/' separators. */
  files: string[];
  edges: ImportEdge[];
  packageImports: PackageImport[];
}

export interface ImportProblem {
  kind: 'cycle' | 'inner-file' | 'internal-entry';
  message: string;
}

/** The domain's entry for tests, the testkit and benchmarks: everything its features export. */
export const DOMAIN_INTERNAL_ENTRY = '@career-navigator/domain/internal';

const SOURCE_EXTENSION = /\.(ts|tsx|mts)$/;

function sourceFilesUnder(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') found.push(...sourceFilesUnder(full));
    } else if (SOURCE_EXTENSION.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      found.push(full);
    }
  }
  return found;
}

/** `{ type A, type B }`: every name erased at run time. */
function allTypeOnly(names: ts.NamedImports | ts.NamedExports): boolean {
  return names.elements.length > 0 && names.elements.every((e) => e.isTypeOnly);
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause;
    return node.isTypeOnly || (!!clause && ts.isNamedExports(clause) && allTypeOnly(clause));
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && allTypeOnly(bindings);
}

/** `./x.js` in source names `./x.ts` (or a React component's `./x.tsx`); a folder import names its index. */
function resolveRelative(fromFile: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base.replace(/\.(m?)js$/, '.$1ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    path.join(base, 'index.ts'),
    base,
  ];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/** Parses every source file under `sourceRoots` (no type checking) and records its relative imports. */
export function buildImportGraph(root: string, sourceRoots: readonly string[]): ImportGraph {
  const absolute = sourceRoots.flatMap((sourceRoot) => sourceFilesUnder(path.resolve(root, sourceRoot)));
  const known = new Set(absolute);
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const edges: ImportEdge[] = [];
  const packageImports: PackageImport[] = [];
  for (const file of absolute) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      if (!specifier.text.startsWith('.')) {
        packageImports.push({ from: relative(file), specifier: specifier.text });
        continue;
      }
      const target = resolveRelative(file, specifier.text, known);
      if (target) edges.push({ from: relative(file), to: relative(target), typeOnly: isTypeOnly(statement) });
    }
  }
  return { files: absolute.map(relative).sort(), edges, packageImports };
}

/** `packages/domain/src/gap/gap.service.ts` → `packages/domain/src/gap`; null for a file at a package's src root. */
export function featureOf(file: string): string | null {
  const match = /^(.*?\bsrc)\/([^/]+)\/./.exec(file);
  return match ? `${match[1]}/${match[2]}` : null;
}

/** Tests and their support may reach into any feature to set up or inspect state. */
export function isTestCode(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /(^|\/)test-support\//.test(file);
}

/** Codegen output is no feature: its files are named by the generator, not by us. */
function isGenerated(file: string): boolean {
  return /\/generated\//.test(file);
}

/** A file of one feature importing a file of another feature other than that feature's index.ts. */
export function innerFileImports(graph: ImportGraph): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const edge of graph.edges) {
    if (isTestCode(edge.from) || isGenerated(edge.to)) continue;
    const target = featureOf(edge.to);
    if (target === null || target === featureOf(edge.from)) continue;
    if (edge.to === `${target}/index.ts`) continue;
    problems.push({
      kind: 'inner-file',
      message: `${edge.from} imports ${edge.to}; import ${target}/index.ts instead`,
    });
  }
  return problems;
}

/** The testkit is test support as a whole: it may set up and inspect any store. */
function isTestSupportPackage(file: string): boolean {
  return file.startsWith('packages/testkit/');
}

/**
 * Production code (the API, the worker, any package but the testkit; tests aside) importing the
 * domain's internal entry: it must go through the public one, which has no models,
 * repositories or database internals.
 */
export function internalEntryImports(graph: ImportGraph): ImportProblem[] {
  return graph.packageImports
    .filter(({ from, specifier }) => {
      if (isTestCode(from) || isTestSupportPackage(from)) return false;
      return specifier === DOMAIN_INTERNAL_ENTRY || specifier.startsWith(`${DOMAIN_INTERNAL_ENTRY}/`);
    })
    .map(({ from, specifier }) => ({
      kind: 'internal-entry',
      message: `${from} imports ${specifier}; production code uses @career-navigator/domain`,
    }));
}

/**
 * Cycles of run-time imports between files (strongly connected components
 * of more than one file, or a file importing itself), each named by its files.
 */
export function importCycles(graph: ImportGraph): ImportProblem[] {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.typeOnly) continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  // Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const start of graph.files) {
    if (index.has(start)) continue;
    const work: { node: string; children: string[]; position: number }[] = [];
    const visit = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next.get(node) ?? [], position: 0 });
    };
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.position < frame.children.length) {
        const child = frame.children[frame.position++] as string;
        if (!index.has(child)) visit(child);
        else if (onStack.has(child))
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(child) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfImport = (next.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfImport) components.push(component.sort());
      }
    }
  }
  return components.map((files) => ({ kind: 'cycle', message: `import cycle: ${files.join(' ↔ ')}` }));
}

export function importProblems(graph: ImportGraph): ImportProblem[] {
  return [...importCycles(graph), ...innerFileImports(graph), ...internalEntryImports(graph)];
}
