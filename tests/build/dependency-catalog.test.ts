// The workspace's dependency manifests: one version for every dependency that several packages
// share (the pnpm catalog in pnpm-workspace.yaml), and no runtime dependency a package never imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packagesDirectory = path.join(root, 'packages');

interface Manifest {
  file: string;
  directory: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** Runtime dependencies that are needed without being imported, and why. */
const NEEDED_WITHOUT_IMPORT: Record<string, string> = {
  // type-graphql 2 declares it as a peer dependency and imports it itself.
  'graphql-scalars': 'peer dependency of type-graphql',
  // The web client reaches graphql only through @apollo/client and the typed documents, whose peer it is.
  graphql: 'peer dependency of @apollo/client and @career-navigator/client',
};

function readManifest(directory: string): Manifest {
  const file = path.join(directory, 'package.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  return {
    file: path.relative(root, file),
    directory,
    dependencies: parsed.dependencies ?? {},
    devDependencies: parsed.devDependencies ?? {},
  };
}

const manifests: Manifest[] = [
  readManifest(root),
  ...readdirSync(packagesDirectory).map((name) => readManifest(path.join(packagesDirectory, name))),
];

/** The `catalog:` block of pnpm-workspace.yaml, name → version range. */
function workspaceCatalog(): Map<string, string> {
  const text = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^catalog:\n((?:[ \t]+.*\n|#.*\n)*)/m.exec(text);
  expect(block, 'pnpm-workspace.yaml has a catalog: block').not.toBeNull();
  const entries = [...(block?.[1] ?? '').matchAll(/^[ \t]+"?([^":\s]+)"?:\s*(\S+)\s*$/gm)];
  return new Map(entries.map(([, name, version]) => [name as string, version as string]));
}

function declarations(manifest: Manifest): [string, string][] {
  return [...Object.entries(manifest.dependencies), ...Object.entries(manifest.devDependencies)];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) return [];
    const entryPath = path.join(directory, entry);
    if (statSync(entryPath).isDirectory()) return sourceFiles(entryPath);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry) ? [entryPath] : [];
  });
}

describe('dependency manifests', () => {
  it('take every dependency that several packages share from the catalog', () => {
    const catalog = workspaceCatalog();
    const namedBy = new Map<string, string[]>();
    for (const manifest of manifests) {
      for (const [name, range] of declarations(manifest)) {
        if (range.startsWith('workspace:')) continue;
        namedBy.set(name, [...(namedBy.get(name) ?? []), manifest.file]);
      }
    }
    const shared = [...namedBy].filter(([, files]) => files.length > 1).map(([name]) => name);
    expect(shared.length).toBeGreaterThan(3);

    const notFromCatalog = manifests.flatMap((manifest) =>
      declarations(manifest)
        .filter(([name, range]) => shared.includes(name) && range !== 'catalog:')
        .map(([name, range]) => `${manifest.file}: ${name}@${range}`),
    );
    expect(notFromCatalog).toEqual([]);
    expect(shared.filter((name) => !catalog.has(name))).toEqual([]);
  });

  it('name no catalog entry that no package uses', () => {
    const used = new Set(
      manifests.flatMap((manifest) =>
        declarations(manifest)
          .filter(([, range]) => range.startsWith('catalog:'))
          .map(([name]) => name),
      ),
    );
    expect([...workspaceCatalog().keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it('list no runtime dependency that its package never imports', () => {
    const unused = manifests
      .filter((manifest) => manifest.directory !== root)
      .flatMap((manifest) => {
        const code = sourceFiles(manifest.directory)
          .map((file) => readFileSync(file, 'utf8'))
          .join('\n');
        return Object.keys(manifest.dependencies)
          .filter((name) => !(name in NEEDED_WITHOUT_IMPORT))
          .filter((name) => !new RegExp(`['"]${name.replace(/[/.]/g, '\\$&')}(/[^'"]*)?['"]`).test(code))
          .map((name) => `${manifest.file}: ${name}`);
      });
    expect(unused).toEqual([]);
  });
});
