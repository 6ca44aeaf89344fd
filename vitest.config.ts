import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Every log line the suite writes lands in one directory per run (see
 * packages/testkit/src/logs); test processes and the processes they spawn
 * inherit the variable. The log audit project runs after all the others.
 */
const TEST_LOG_DIR_VARIABLE = 'CAREER_NAVIGATOR_TEST_LOG_DIR';
process.env[TEST_LOG_DIR_VARIABLE] ||= mkdtempSync(join(tmpdir(), 'career-navigator-test-logs-'));
const LOG_AUDIT = 'tests/logs/*.log-audit.test.ts';

const NODE_SOURCES = {
  // SWC emits the decorator metadata type-graphql and typegoose read; esbuild does not.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { conditions: ['@career-navigator/source'] },
  ssr: { resolve: { conditions: ['@career-navigator/source'] } },
};

export default defineConfig({
  test: {
    reporters: ['default', './tools/vitest/summary-reporter.ts'],
    // Vitest's default of one worker fewer than the cores leaves one of two cores idle, and most
    // test files spend their time waiting on the services and the processes they start.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        ...NODE_SOURCES,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'packages/web/**', LOG_AUDIT],
          sequence: { groupOrder: 0 },
          globalSetup: ['./vitest.global-setup.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The web client's components and their logic, in a simulated DOM (no services needed).
        extends: './packages/web/vite.config.ts',
        test: {
          name: 'web',
          root: './packages/web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          sequence: { groupOrder: 0 },
        },
      },
      {
        // After every other project: reads the logs they wrote (see tests/logs).
        ...NODE_SOURCES,
        test: { name: 'log-audit', include: [LOG_AUDIT], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
