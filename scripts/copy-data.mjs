// Copies the JSON data files (taxonomy, catalogs, location tables) and the plain-JavaScript worker-thread
// entry points (*.worker.mjs) next to the compiled code,
// since tsc only emits what TypeScript imports.
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const [sourceDir, outputDir] = process.argv.slice(2);
if (!sourceDir || !outputDir) {
  console.error('usage: copy-data.mjs <sourceDir> <outputDir>');
  process.exit(2);
}

function copyDataFiles(relative) {
  for (const entry of readdirSync(path.join(sourceDir, relative))) {
    const entryRelative = path.join(relative, entry);
    if (statSync(path.join(sourceDir, entryRelative)).isDirectory()) copyDataFiles(entryRelative);
    else if (entry.endsWith('.json') || entry.endsWith('.worker.mjs'))
      cpSync(path.join(sourceDir, entryRelative), path.join(outputDir, entryRelative));
  }
}

copyDataFiles('.');
