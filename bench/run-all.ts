// `pnpm bench`: every benchmark in turn, each in its own process (its own services,
// its own memory figures), stopping at the first that fails. Run on an idle machine.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const benchmarks = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();

for (const file of benchmarks) {
  console.log(`\n## ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${benchDir}${file}`], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`${file} failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
}
