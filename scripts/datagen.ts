/**
 * Fills a database with realistic generated cases: `npm run datagen -- --cases 1000000`.
 * With DATABASE_URL: that PostgreSQL; without: the PGlite data directory (TAWASUL_DATA_DIR).
 * Migrates, seeds the demo when the database is empty, then generates. Options:
 *   --cases N (default 10000)  --months M (default 24)  --seed S  --batch B (default 5000)  --no-events
 */
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { generateCases } from '../src/server/datagen/datagen.ts';
import { progressBar } from '../src/server/datagen/datagen.progress.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function positive(name: string, fallback: number): number {
  const v = arg(name);
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number`);
  return n;
}

const config = loadConfig();
// A bulk load: the roll-up rebuild and the timelines over a million cases take minutes, longer than
// the server's statement timeout allows a request.
const database = await openDatabase({ ...config, dbLimits: { ...config.dbLimits, statementTimeoutMs: 0, queryTimeoutMs: 3_600_000 } });
try {
  await migrate(database);
  const seeded = await seedDemo(database.db, config.demoPassword);
  if (seeded.seeded) console.log('seeded the demo catalogue and accounts');
  const cases = positive('cases', 10_000);
  const { bar, onProgress } = progressBar(cases);
  const result = await generateCases(database.db, {
    cases,
    months: positive('months', 24),
    seed: positive('seed', 20261128),
    batch: positive('batch', 5000),
    events: !process.argv.includes('--no-events'),
    onProgress,
  });
  bar.finish(`generated ${result.inserted} cases in ${(result.ms / 1000).toFixed(1)} s on ${database.kind}`);
} finally {
  await database.close();
}
