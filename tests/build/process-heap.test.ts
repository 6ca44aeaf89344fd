import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_HEAP_FLAGS } from '../../scripts/process-heap.mjs';
import { repoRoot } from '../../tools/services/dev-services.mjs';

describe("the API's heap settings", () => {
  it('are the same in the API image as in pnpm start and the benchmarks', () => {
    const dockerfile = readFileSync(path.join(repoRoot, 'packages/api/Dockerfile'), 'utf8');
    const command = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(command ?? '[]')).toEqual(['node', ...API_HEAP_FLAGS, 'packages/api/dist/main.js']);
  });

  it('bound the old space', () => {
    expect(API_HEAP_FLAGS.some((flag) => /^--max-old-space-size=\d+$/.test(flag))).toBe(true);
  });
});
