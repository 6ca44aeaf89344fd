import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/services/dev-services.mjs';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

/** The shell blocks of the README's "Set up a fresh machine" section. */
function setUpCommands(): string[] {
  const readme = read('README.md');
  const section = readme.slice(
    readme.indexOf('## Set up a fresh machine'),
    readme.indexOf('\n## ', readme.indexOf('## Set up') + 1),
  );
  return [...section.matchAll(/```sh\n([^`]+)```/g)].map((match) => (match[1] ?? '').trim());
}

describe('the README set-up', () => {
  it('has exactly two commands: the whole system and all tests', () => {
    const commands = setUpCommands();
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/pnpm start$/);
    expect(commands[1]).toMatch(/pnpm verify$/);
  });

  it('is what CI runs: .ci/run ends with the test command exactly', () => {
    const lastLine = read('.ci/run').trim().split('\n').at(-1);
    expect(lastLine).toBe(setUpCommands()[1]);
  });

  it("installs Debian's chromium for the browser tests, when missing, before the test command", () => {
    const script = read('.ci/run');
    const install = script.indexOf('apt-get install -y -qq chromium');
    expect(script).toContain('if [ ! -x /usr/bin/chromium ]; then');
    expect(install).toBeGreaterThan(0);
    expect(install).toBeLessThan(script.lastIndexOf(setUpCommands()[1] as string));
  });
});
