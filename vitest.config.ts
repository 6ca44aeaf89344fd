import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // SWC emits the decorator metadata type-graphql and typegoose read; esbuild does not.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { conditions: ['@career-navigator/source'] },
  ssr: { resolve: { conditions: ['@career-navigator/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'tools/**/*.test.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tools/vitest/summary-reporter.ts'],
  },
});
