import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadContext } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('packages/client/src/generated', () => {
  it('is what codegen.yml makes of the schema and the operations (run `pnpm codegen` when this fails)', async () => {
    const context = await loadContext(path.join(repoRoot, 'codegen.yml'));
    context.cwd = repoRoot;
    const outputs = await generate(context, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect({ filename, content }).toEqual({
        filename,
        content: readFileSync(path.resolve(repoRoot, filename), 'utf8'),
      });
    }
  }, 60_000);
});
