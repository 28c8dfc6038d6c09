import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What a production install carries: every runtime dependency is imported by the product (src/),
 * and nothing the product imports is left to the development dependencies that
 * `npm ci --omit=dev` does not install.
 */

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(tsx?|css)$/.test(e.name) ? [p] : [];
  });
}

/** The packages a tree imports (bare specifiers, reduced to the package name). */
function importedPackages(dir: string): Set<string> {
  const out = new Set<string>();
  for (const f of files(dir)) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|@import\s+)['"]([^'".][^'"]*)['"]/g)) {
      const spec = m[1]!;
      if (spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      out.add(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
    }
  }
  return out;
}

const product = importedPackages(path.join(root, 'src'));
// Run by npm scripts rather than imported: the TypeScript runner starts the server.
const runByScripts = new Set(['tsx']);
/** Peer dependencies of what the product imports (e.g. the chart kit's drawing library). */
const peers = new Set(
  [...product].flatMap((d) => {
    const file = path.join(root, 'node_modules', d, 'package.json');
    if (!fs.existsSync(file)) return [];
    return Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { peerDependencies?: object }).peerDependencies ?? {});
  }),
);

describe('dependencies', () => {
  it('every runtime dependency is used by the product', () => {
    const unused = Object.keys(pkg.dependencies).filter((d) => !product.has(d) && !runByScripts.has(d) && !peers.has(d));
    expect(unused).toEqual([]);
  });

  it('nothing the product imports is only a development dependency', () => {
    const devOnly = [...product].filter((d) => d in pkg.devDependencies && !(d in pkg.dependencies));
    expect(devOnly).toEqual([]);
  });
});
