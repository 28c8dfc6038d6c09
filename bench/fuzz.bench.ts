/**
 * Fuzz benchmark: the request generator of the API fuzz test (test/support/fuzz.ts), run for
 * 100,000 requests through `app.inject()` against a fresh, demo-seeded database — PGlite by
 * default, or a new database on the PostgreSQL server of DATABASE_URL (dropped afterwards).
 * Prints the requests sent, the 5xx answers (there must be none), the 4xx by status and the time,
 * and exits non-zero on any 5xx or any 4xx outside the error contract.
 *
 *   npm run bench:fuzz [-- --count 100000 --seed 42]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp, createContext, createLogger } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openPGlite, openPostgres, type Database } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { MemoryNotifier } from '../src/server/notify/notifier.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';
import { formatFailures, fuzzStaff, prepareFuzzTarget, runFuzz, signInAt, type Identity } from '../test/support/fuzz.ts';
import { withDatabaseName } from '../test/support/pg-cluster.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
  },
});
const count = Number(values.count);
const seed = values.seed === undefined ? randomBytes(4).readUInt32BE() : Number(values.seed);
const password = 'fuzz-password-1';

async function openFresh(): Promise<{ database: Database; label: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return { database: await openPGlite(undefined), label: 'PGlite (in memory)', drop: async () => undefined };
  const name = `fuzz_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    database: openPostgres(withDatabaseName(adminUrl, name), 10),
    label: `PostgreSQL (database ${name})`,
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

const { database, label, drop } = await openFresh();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-fuzz-'));
let exitCode = 1;
try {
  await migrate(database);
  await seedDemo(database.db, password);
  const config = loadConfig({ TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await buildApp(createContext(config, database, createLogger(config), new MemoryNotifier()));
  await app.ready();
  const signIn = (name: keyof typeof fuzzStaff) => signInAt(app, name, fuzzStaff[name], password);
  const identities: Identity[] = [{ name: 'anonymous' }, await signIn('coordinator'), await signIn('entity_admin')];
  const victim = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'officer@northern.demo', password }, remoteAddress: '10.250.0.2' });
  const fixtures = await prepareFuzzTarget(app, identities[1]!, (victim.json() as { user: { id: number } }).user.id, config.open311Jurisdiction);

  console.log(`fuzz: ${count} requests on ${label}, seed ${seed}, Node ${process.version}, ${os.cpus().length} CPUs`);
  const step = Math.max(1000, Math.floor(count / 20));
  const result = await runFuzz(app, {
    seed,
    count,
    identities,
    fixtures,
    concurrency: Number(values.concurrency),
    refresh: (name) => signIn(name as keyof typeof fuzzStaff),
    onProgress: (done, r) => {
      if (done % step < Number(values.concurrency)) console.log(`  ${done} sent, ${r.fiveXX} 5xx, ${Math.round(performance.now() / 1000)} s`);
    },
  });
  await app.close();

  const byStatus = [...result.statuses.entries()].sort(([a], [b]) => a - b);
  const fourXX = byStatus.filter(([s]) => s >= 400 && s < 500);
  console.log(`requests: ${result.count}`);
  console.log(`5xx: ${result.fiveXX}`);
  console.log(`4xx: ${fourXX.reduce((n, [, c]) => n + c, 0)} (${fourXX.map(([s, c]) => `${s}: ${c}`).join(', ')})`);
  console.log(`2xx/3xx: ${byStatus.filter(([s]) => s < 400).reduce((n, [, c]) => n + c, 0)}`);
  console.log(`elapsed: ${(result.ms / 1000).toFixed(1)} s (${Math.round(result.count / (result.ms / 1000))} requests/s)`);
  if (result.failures.length) console.log(formatFailures(result, 30));
  exitCode = result.fiveXX === 0 && result.failures.length === 0 ? 0 : 1;
} finally {
  await database.close();
  await drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
