import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { generateCases } from './datagen.ts';
import { progressBar, type ProgressStream } from './datagen.progress.ts';

/**
 * Gives a freshly seeded demo a year of history, so that it opens on a system in use: `cases`
 * generated cases (with timelines and folded indicators), a progress bar on `out` (stderr), and a
 * last line that says how many and how long.
 */
export async function generateDemoHistory(db: Kysely<DB>, cases: number, out: ProgressStream = process.stderr): Promise<{ inserted: number; ms: number }> {
  out.write(`Generating a year of demo history: ${cases.toLocaleString('en-US')} cases (TAWASUL_DEMO_CASES; 0 for none)\n`);
  const { bar, onProgress } = progressBar(cases, out);
  const result = await generateCases(db, { cases, months: 12, batch: 2000, onProgress });
  bar.finish(`Generated ${result.inserted.toLocaleString('en-US')} demo cases in ${(result.ms / 1000).toFixed(1)} s`);
  return result;
}
