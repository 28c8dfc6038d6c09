import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules of the code's layout that a reader should be able to trust: only repositories (and the
 * database layer, the demo seed and the data generator, which load data in bulk) talk to the
 * database, and no module imports itself back through others.
 */

const srcDir = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const files = sourceFiles(srcDir);
const rel = (f: string) => path.relative(path.resolve(srcDir, '..'), f).split(path.sep).join('/');

/** Relative imports and re-exports of a file, type-only ones included, resolved to files. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    out.push(path.normalize(path.join(path.dirname(file), m[1]!)));
  }
  for (const m of text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
    out.push(path.normalize(path.join(path.dirname(file), m[1]!)));
  }
  return out;
}

/** Strongly connected groups of more than one file (or a file importing itself): the circles. */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Where SQL may be written: repositories, the database layer, and the bulk loaders (demo seed, data generator). */
function mayWriteSql(file: string): boolean {
  const r = rel(file);
  return r.endsWith('.repository.ts') || /^src\/server\/(db|seed|datagen)\//.test(r);
}

const SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(`|<|\.)/;
const KYSELY_VALUE_IMPORT = /^\s*import\s+(?!type\b)\{([^}]*)\}\s+from\s+['"]kysely['"]/m;

describe('house rules', () => {
  it('reads the whole source tree', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('has no import circles in src/', () => {
    const graph = new Map<string, string[]>();
    for (const f of files) graph.set(path.normalize(f), importsOf(f, fs.readFileSync(f, 'utf8')));
    expect(circles(graph).map((c) => c.map(rel).sort().join(' → '))).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(g).map((c) => c.sort())).toEqual([['a', 'b', 'c']]);
  });

  it("names every folder of src/server/ in the README's layout, and no folder that is gone", () => {
    const readme = fs.readFileSync(path.resolve(srcDir, '../README.md'), 'utf8');
    const layout = readme.slice(readme.indexOf('## Layout'));
    const named = new Set([...layout.matchAll(/^src\/server\/([a-z0-9-]+)\/ /gm)].map((m) => m[1]));
    const folders = fs.readdirSync(path.join(srcDir, 'server'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
    expect([...named].filter((f) => !folders.includes(f!))).toEqual([]);
  });

  it('writes SQL only in repositories and the database layer', () => {
    const offenders = files
      .filter((f) => !mayWriteSql(f))
      .filter((f) => {
        const text = fs.readFileSync(f, 'utf8');
        const valueImport = KYSELY_VALUE_IMPORT.exec(text)?.[1]?.split(',').some((name) => !/^\s*type\s/.test(name) && name.trim() !== '');
        return SQL.test(text) || valueImport;
      })
      .map(rel);
    expect(offenders).toEqual([]);
  });
});
