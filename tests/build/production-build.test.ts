// What the production build ships: domain's compiled files and data, and the images built
// from them, carry no test or benchmark support (labelled texts, the fake TheirStack server,
// fixtures). The compiler's own reading of tsconfig.build.json decides what `tsc` emits.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledSnippets } from '@career-navigator/testkit';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const domain = path.join(root, 'packages/domain');

/** Names only test and benchmark support would carry ("skills/data/testing.json" is a skill category). */
const SUPPORT_NAME = /fake|fixture|labelled|test-support|(^|\/)testing\/|testkit|\.test\./i;
/** Code only test and benchmark support would contain. */
const SUPPORT_CODE = [
  '@career-navigator/testkit',
  "from 'vitest'",
  'startFakeTheirStackServer',
  'labelledSnippets',
];

function buildInputs(): string[] {
  const configPath = path.join(domain, 'tsconfig.build.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, domain, undefined, configPath);
  expect(parsed.errors).toEqual([]);
  return parsed.fileNames;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const entryPath = path.join(directory, entry);
    return statSync(entryPath).isDirectory() ? filesUnder(entryPath) : [entryPath];
  });
}

/** Distinctive sentences of the labelled set: none may appear in shipped code or data. */
function labelledPhrases(): string[] {
  return labelledSnippets
    .map((snippet) =>
      snippet.text
        .replace(/<[^>]*>/g, ' ')
        .trim()
        .slice(0, 60),
    )
    .filter((phrase) => phrase.length >= 40);
}

function supportFound(files: readonly string[]): string[] {
  const phrases = labelledPhrases();
  return files.flatMap((file) => {
    const relative = path.relative(domain, file);
    if (SUPPORT_NAME.test(relative)) return [relative];
    const content = readFileSync(file, 'utf8');
    const marker = [...SUPPORT_CODE, ...phrases].find((text) => content.includes(text));
    return marker === undefined ? [] : [`${relative} contains "${marker}"`];
  });
}

describe('the production build of domain', () => {
  it('compiles no test or benchmark support', () => {
    const inputs = buildInputs();
    expect(inputs.length).toBeGreaterThan(100);
    expect(inputs.some((file) => file.endsWith('skills/extraction/extract-skills.ts'))).toBe(true);
    expect(supportFound(inputs)).toEqual([]);
  });

  it('copies only data files, no fixtures, next to the compiled code', () => {
    // scripts/copy-data.mjs copies every JSON file under src.
    const dataFiles = filesUnder(path.join(domain, 'src')).filter((file) => file.endsWith('.json'));
    expect(dataFiles.length).toBeGreaterThan(0);
    expect(supportFound(dataFiles)).toEqual([]);
  });

  it.runIf(existsSync(path.join(domain, 'dist')))('left no support in an existing dist', () => {
    const shipped = filesUnder(path.join(domain, 'dist')).filter((file) => !file.endsWith('.map'));
    expect(supportFound(shipped)).toEqual([]);
  });
});

describe('the production images', () => {
  it.each(['api', 'worker'])('the %s image takes no test support into its final stage', (name) => {
    const dockerfile = readFileSync(path.join(root, `packages/${name}/Dockerfile`), 'utf8');
    const testkitCopies = dockerfile.split('\n').filter((line) => /^COPY\b.*testkit/.test(line));
    expect(testkitCopies).toEqual(['COPY packages/testkit/package.json packages/testkit/']);
    expect(dockerfile).toMatch(
      /--prod --filter "@career-navigator\/\w+\.\.\." \\\n && rm -rf packages\/testkit/,
    );
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).not.toMatch(/testkit|test-support|fixtures/);
  });
});
