import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildImportGraph,
  importCycles,
  importProblems,
  innerFileImports,
  internalEntryImports,
} from './import-graph.js';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE_SOURCES = readdirSync(path.join(REPOSITORY, 'packages')).map((name) => `packages/${name}/src`);

describe('the import structure of packages/*/src', () => {
  it('has no import cycle and reaches other features only through their index.ts', () => {
    const graph = buildImportGraph(REPOSITORY, PACKAGE_SOURCES);
    expect(graph.files.length).toBeGreaterThan(200);
    expect(importProblems(graph).map((problem) => problem.message)).toEqual([]);
  });
});

describe('the import-structure check', () => {
  const planted = mkdtempSync(path.join(os.tmpdir(), 'import-structure-'));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  function plant(files: Record<string, string>): void {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(planted, file)), { recursive: true });
      writeFileSync(path.join(planted, file), text);
    }
  }

  plant({
    'packages/app/src/orders/index.ts': "export { placeOrder } from './order.service.js';\n",
    'packages/app/src/orders/order.service.ts':
      "import { priceOf } from '../prices/index.js';\nexport const placeOrder = () => priceOf();\n",
    'packages/app/src/prices/index.ts': "export { priceOf } from './price.service.js';\n",
    // Planted: prices reaches back into orders, closing orders → prices → orders.
    'packages/app/src/prices/price.service.ts':
      "import { placeOrder } from '../orders/order.service.js';\nexport const priceOf = () => typeof placeOrder;\n",
    // A type-only import is erased at run time: no cycle through it.
    'packages/app/src/stock/index.ts': "export type { Stock } from './stock.types.js';\n",
    'packages/app/src/stock/stock.types.ts':
      "import type { Stock as Same } from './index.js';\nexport interface Stock { next?: Same }\n",
    // Tests may reach into a feature's inner files.
    'packages/app/src/orders/order.service.test.ts': "import '../prices/price.service.js';\n",
    // Planted: production code of the API reaching the domain's internals.
    'packages/api/src/users/user.resolver.ts':
      "import { insertUser } from '@career-navigator/domain/internal';\nimport type { AccountUser } from '@career-navigator/domain';\nexport const save = insertUser;\nexport type Saved = AccountUser;\n",
    // Tests, their support and the testkit may use it.
    'packages/api/src/users/user.e2e.test.ts': "import '@career-navigator/domain/internal';\n",
    'packages/worker/src/test-support/harness.ts': "import '@career-navigator/domain/internal';\n",
    'packages/testkit/src/fixtures/users.ts': "import '@career-navigator/domain/internal';\n",
  });

  it('fails on a planted cycle, naming its files', () => {
    const cycles = importCycles(buildImportGraph(planted, ['packages/app/src']));
    expect(cycles.map((cycle) => cycle.message)).toEqual([
      'import cycle: packages/app/src/orders/order.service.ts ↔ packages/app/src/prices/index.ts ↔ packages/app/src/prices/price.service.ts',
    ]);
  });

  it("fails on an import of another feature's inner file, but not from a test", () => {
    const inner = innerFileImports(buildImportGraph(planted, ['packages/app/src']));
    expect(inner.map((problem) => problem.message)).toEqual([
      'packages/app/src/prices/price.service.ts imports packages/app/src/orders/order.service.ts; import packages/app/src/orders/index.ts instead',
    ]);
  });

  it("fails on production code importing the domain's internal entry, but not on tests or the testkit", () => {
    const sources = ['packages/api/src', 'packages/worker/src', 'packages/testkit/src'];
    const internal = internalEntryImports(buildImportGraph(planted, sources));
    expect(internal.map((problem) => problem.message)).toEqual([
      'packages/api/src/users/user.resolver.ts imports @career-navigator/domain/internal; production code uses @career-navigator/domain',
    ]);
  });
});
