import { parseArgs } from 'node:util';
import { apikeyCommand } from './apikeys/apikey.cli.ts';
import { backupCommand } from './backup/backup.cli.ts';
import { BackupError } from './backup/backup.service.ts';
import { boundariesCommand } from './places/places.cli.ts';
import { userCommand } from './admin/user.cli.ts';
import { reportCommand } from './reports/monthly-report.cli.ts';
import { buildApp, createContext, createLogger } from './app.ts';
import { backgroundLoops, startLoops } from './worker.ts';
import { loadConfig, type Config } from './config.ts';
import { checkConfiguration, unknownVariableWarnings } from './config.check.ts';
import { ConfigError } from './config.variables.ts';
import { openDatabase, type Database } from './db/database.ts';
import { DataDirLockedError } from './db/lock-file.ts';
import { migrate } from './db/migrate.ts';
import { demoEmail, demoEntities, seedDemo } from './seed/demo-seed.ts';
import { generateDemoHistory } from './datagen/demo-history.ts';
import { staffRoles } from '../common/enums.ts';

const usage = `Usage: tawasul <command>

Commands:
  start            migrate, seed the demo on an empty database when TAWASUL_DEMO allows, and serve
  worker           run the background loops (SLA sweeper, notifications) without serving HTTP
  migrate          apply pending database migrations
  seed --demo      load the demo government, catalogue and staff accounts into an empty database
  apikey create NAME [--channel open311] [--entity CODE] | revoke NAME | list
                   manage the API keys of Open311 apps and channel relays
  boundaries import FILE --name N --source S --licence L [--description D] [--inactive] | list
                   import a GeoJSON boundary set (the next version of its name; active unless --inactive)
  user add --email E --name N --role R --entity CODE | passwd EMAIL | disable EMAIL
                   manage staff accounts (a new password comes from TAWASUL_PASSWORD or is printed)
  config check     print the effective configuration (secrets masked) and every problem in it
  backup --to DIR  back up the database and the attachment files, with a manifest of counts and checksums
                   (PostgreSQL while serving; PGlite with the server stopped)
  restore --from DIR
                   restore a backup into an empty database and data directory, verified against its manifest
  report monthly [--month YYYY-MM] [--entity CODE|national] [--force]
                   send a month's reports by email now (default last month; a sent one is skipped)

Configuration is read from the environment (see README, or \`tawasul config check\`): PORT, HOST,
DATABASE_URL, TAWASUL_DATA_DIR, TAWASUL_PUBLIC_URL, TAWASUL_DEMO, TAWASUL_DEMO_PASSWORD, ...`;

async function withDatabase<T>(config: Config, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

function printDemoLogins(config: Config): void {
  console.log(`\nDemo staff accounts (password: ${config.demoPassword}):`);
  for (const e of demoEntities) {
    console.log(`  ${e.code.padEnd(9)} ${staffRoles.map((r) => demoEmail(r, e.code)).join('  ')}`);
  }
}

/** `tawasul worker`: the background loops without the HTTP server. */
async function worker(config: Config): Promise<void> {
  const log = createLogger(config);
  const database = await openDatabase(config);
  await migrate(database);
  const ctx = createContext(config, database, log);
  const loops = backgroundLoops(ctx);
  const stop = startLoops(loops, log);
  console.log(`Tawasul worker running: ${loops.map((l) => l.name).join(', ')} (database: ${database.kind})`);
  // Exits within the grace period: the runs in progress get all but the last second of it, then
  // give back what they hold; a database that does not close in time is left to the exit.
  const graceMs = config.workerGraceSeconds * 1000;
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), graceMs).unref();
    await stop(Math.max(0, graceMs - 1000));
    await Promise.race([database.close(), new Promise((r) => setTimeout(r, 500))]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

async function start(config: Config): Promise<void> {
  const log = createLogger(config);
  const database = await openDatabase(config);
  const applied = await migrate(database);
  if (applied.length) log.info({ applied }, 'migrations applied');
  let demo = false;
  if (config.demo) {
    const { seeded } = await seedDemo(database.db, config.demoPassword);
    if (seeded) log.info('demo data seeded');
    if (seeded && config.demoCases > 0) await generateDemoHistory(database.db, config.demoCases);
    demo = true;
  }
  const ctx = createContext(config, database, log);
  const app = await buildApp(ctx);
  const stopLoops = config.inProcessWorker ? startLoops(backgroundLoops(ctx), log) : async () => {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await stopLoops(config.workerGraceSeconds * 1000);
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  console.log(`\nTawasul is serving on ${config.publicUrl}  (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.dataDir}` : ''})`);
  console.log(`API documentation: ${config.publicUrl}/api/docs`);
  if (demo) printDemoLogins(config);
}

/** Runs one CLI command. */
export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'config') {
    if (rest[0] !== 'check') {
      console.error('tawasul: config needs a subcommand: check');
      process.exit(2);
    }
    const { ok, lines } = checkConfiguration(process.env);
    console.log(lines.join('\n'));
    process.exitCode = ok ? 0 : 1;
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`tawasul: ${error.message}\n(\`tawasul config check\` prints the whole configuration)`);
    process.exit(2);
  }
  for (const warning of unknownVariableWarnings(process.env)) console.error(`tawasul: warning: ${warning}`);
  try {
    switch (command) {
      case 'start':
        await start(config);
        return;
      case 'worker':
        await worker(config);
        return;
      case 'migrate': {
        const applied = await withDatabase(config, migrate);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        return;
      }
      case 'seed': {
        const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
        if (!values.demo) throw new UsageError('seed needs --demo');
        const { seeded } = await withDatabase(config, async (database) => {
          await migrate(database);
          return seedDemo(database.db, config.demoPassword);
        });
        console.log(seeded ? 'Demo data loaded.' : 'The database already has data; nothing seeded.');
        if (seeded) printDemoLogins(config);
        return;
      }
      case 'user':
        process.exitCode = await withDatabase(config, async (database) => {
          await migrate(database);
          return userCommand(database, rest);
        });
        return;
      case 'apikey':
        await apikeyCommand(rest, config);
        return;
      case 'boundaries':
        await boundariesCommand(rest, config);
        return;
      case 'backup':
      case 'restore':
        await backupCommand(command, rest, config);
        return;
      case 'report':
        process.exitCode = await withDatabase(config, async (database) => {
          await migrate(database);
          return reportCommand(createContext(config, database, createLogger(config)), rest);
        });
        return;
      default:
        console.log(usage);
        if (command && !['help', '--help', '-h'].includes(command)) process.exitCode = 2;
    }
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof UsageError || error instanceof BackupError) {
      console.error(`tawasul: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

class UsageError extends Error {}
