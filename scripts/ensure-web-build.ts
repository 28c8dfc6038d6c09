/**
 * Builds the web app when dist/web is missing or older than its sources, so `npm start` on a
 * fresh clone serves the app (`prestart`), and tests and benchmarks never run a stale build.
 * Usage: `tsx scripts/ensure-web-build.ts [--force]`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Written by the build (vite.config.ts) once every asset and its .gz/.br are on disk. */
export const buildStamp = path.join(root, 'dist', 'web-build.json');
const inputs = ['src/web', 'src/common', 'vite.config.ts', 'tsconfig.web.json', 'scripts/compress-assets.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/web holds a complete build at least as new as every source file. */
export function webBuildIsFresh(): boolean {
  if (!fs.existsSync(buildStamp) || !fs.existsSync(path.join(root, 'dist/web/index.html'))) return false;
  const built = fs.statSync(buildStamp).mtimeMs;
  return inputs.every((input) => newestMtime(path.join(root, input)) <= built);
}

/** Runs `vite build` in a child process when the build is missing or stale (or when forced). */
export function ensureWebBuild(options: { force?: boolean; quiet?: boolean } = {}): 'built' | 'fresh' {
  if (!options.force && webBuildIsFresh()) return 'fresh';
  if (!options.quiet) console.log('Building the web app (dist/web)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: options.quiet ? 'pipe' : 'inherit',
    // Always the production bundle, even when called from a test run (which sets NODE_ENV=test).
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return 'built';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensureWebBuild({ force: process.argv.includes('--force') });
  if (result === 'fresh') console.log('The web app build is up to date.');
}
