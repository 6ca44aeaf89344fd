import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tools/vitest/summary-reporter.ts'],
    projects: [
      {
        // SWC emits the decorator metadata type-graphql and typegoose read; esbuild does not.
        plugins: [swc.vite({ module: { type: 'es6' } })],
        resolve: { conditions: ['@career-navigator/source'] },
        ssr: { resolve: { conditions: ['@career-navigator/source'] } },
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'packages/web/**'],
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
        },
      },
    ],
  },
});
