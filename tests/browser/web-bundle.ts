import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../tools/services/dev-services.mjs';

export const WEB_DIST = path.join(repoRoot, 'packages/web/dist');

/** Every JavaScript file of the production build, gzipped (level 9) and added up, in bytes. */
export function bundleGzipBytes(): { files: number; bytes: number } {
  const assets = path.join(WEB_DIST, 'assets');
  if (!existsSync(assets)) throw new Error('packages/web is not built: run pnpm build first');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const bytes = scripts.reduce(
    (total, file) => total + gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length,
    0,
  );
  return { files: scripts.length, bytes };
}
