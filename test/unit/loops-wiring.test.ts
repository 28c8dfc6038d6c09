import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The worker's loops are wired like the route plugins: each feature's `*.loops.ts` receives the
 * services it uses, and only the worker (an entry point) reads the application context.
 */

const serverDir = path.resolve(import.meta.dirname, '../../src/server');

function loopFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return loopFiles(p);
    return e.name.endsWith('.loops.ts') ? [p] : [];
  });
}

describe('background loops', () => {
  const files = loopFiles(serverDir);

  it('are found in the feature folders', () => {
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['notify.loops.ts', 'sla.loops.ts', 'kpi.loops.ts']));
  });

  it('never import or name the application context', () => {
    const readers = files.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return /from\s+['"][./]*\/context(\.ts)?['"]/.test(text) || /\bAppContext\b/.test(text);
    });
    expect(readers.map((f) => path.relative(serverDir, f))).toEqual([]);
  });

  it('are made from the services handed to them', async () => {
    const { kpiLoops, KPI_FOLD_EVERY_MS } = await import('../../src/server/kpi/kpi.loops.ts');
    let folded = 0;
    const [loop] = kpiLoops({ fold: async () => void folded++ } as never);
    expect(loop).toMatchObject({ name: 'kpi-fold', everyMs: KPI_FOLD_EVERY_MS });
    await loop!.run(new Date());
    expect(folded).toBe(1);
  });
});
