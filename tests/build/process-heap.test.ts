import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_HEAP_FLAGS, WORKER_HEAP_FLAGS } from '../../scripts/process-heap.mjs';
import { repoRoot } from '../../tools/services/dev-services.mjs';

describe.each([
  { name: 'api', flags: API_HEAP_FLAGS },
  { name: 'worker', flags: WORKER_HEAP_FLAGS },
])("the $name's heap settings", ({ name, flags }) => {
  it('are the same in its image as in pnpm start and the benchmarks', () => {
    const dockerfile = readFileSync(path.join(repoRoot, `packages/${name}/Dockerfile`), 'utf8');
    const command = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(command ?? '[]')).toEqual(['node', ...flags, `packages/${name}/dist/main.js`]);
  });

  it('bound the old space', () => {
    expect(flags.some((flag) => /^--max-old-space-size=\d+$/.test(flag))).toBe(true);
  });
});
