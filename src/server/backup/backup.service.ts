import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseLimits } from '../config.ts';
import { openPGlite, openPostgres, type Database } from '../db/database.ts';
import { DataDirLockedError } from '../db/lock-file.ts';
import { BackupRepository, type Inventory } from './backup.repository.ts';

/** A backup's own description, written last (a directory without it is no backup) and checked on restore. */
export interface Manifest {
  format: 'tawasul-backup/1';
  createdAt: string;
  /** The Tawasul version that wrote it. */
  version: string;
  database: 'pglite' | 'postgres';
  /** The database file in the backup directory and its checksum. */
  databaseFile: { name: string; sha256: string; sizeBytes: number };
  migrations: string[];
  counts: Inventory['counts'];
  /** Every attachment file the cases refer to, under attachments/ by its content's SHA-256. */
  files: { sha256: string; sizeBytes: number }[];
}

/** Where the application keeps its data, as the configuration names it. */
export interface BackupConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  dbLimits?: DatabaseLimits;
  pgliteDurable?: boolean;
}

/** A backup or restore that cannot go ahead, with the reason the operator reads. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const FORMAT = 'tawasul-backup/1';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const storePath = (root: string, sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
const version = (): string => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
};

/** PostgreSQL's client programs: on the PATH, else the newest Debian install under /usr/lib/postgresql. */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  if (spawnSync(name, ['--version']).status === 0) return name;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', name))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new BackupError(`${name} was not found: install PostgreSQL's client programs (the postgresql-client package).`);
  return path.join(root, newest, 'bin', name);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${path.basename(cmd)} failed (exit ${code}): ${err.trim()}`))));
  });
}

function writeSynced(file: string, content: Buffer | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

async function openPGliteFor(config: BackupConfig, loadDataDir?: Blob): Promise<Database> {
  try {
    return await openPGlite(config.dataDir, { durable: config.pgliteDurable ?? true, ...(loadDataDir ? { loadDataDir } : {}) });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new BackupError(
        `${error.message} The embedded database (PGlite) allows one process: stop the server and its worker, then run this again ` +
          '(with PostgreSQL, DATABASE_URL, a backup runs while the server serves).',
      );
    }
    throw error;
  }
}

/**
 * Backs up the database and the attachment files into `to` (absent or empty): PostgreSQL with
 * `pg_dump` (custom format) in one snapshot, while the server runs; PGlite, whose data directory
 * only one process may hold, as a dump of the data directory taken with the server stopped. The
 * files are copied after the database, so every file a backed-up case refers to is there (files
 * are written before the rows that name them, and never changed). The manifest is written last.
 */
export async function backup(config: BackupConfig, to: string): Promise<Manifest> {
  if (!isEmptyDir(to)) throw new BackupError(`${to} is not empty: back up into a new directory.`);
  fs.mkdirSync(to, { recursive: true });
  let inventory: Inventory;
  let databaseFile: string;
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    databaseFile = 'database.dump';
    const tool = pgTool('pg_dump');
    const database = openPostgres(url, 2, config.dbLimits);
    try {
      inventory = await new BackupRepository(database.db).inSnapshot((snapshot) =>
        run(tool, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, '--file', path.join(to, databaseFile), '--dbname', url]),
      );
    } finally {
      await database.close();
    }
  } else {
    databaseFile = 'pgdata.tar.gz';
    const database = await openPGliteFor(config);
    try {
      inventory = await new BackupRepository(database.db).inventory();
      const dump = await database.pglite!.dumpDataDir('gzip');
      writeSynced(path.join(to, databaseFile), Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.close();
    }
  }
  const store = path.join(config.dataDir, 'attachments');
  const files: Manifest['files'] = [];
  for (const sha of inventory.attachmentFiles) {
    const source = storePath(store, sha);
    if (!fs.existsSync(source)) throw new BackupError(`The attachment file ${source} is missing: the backup would not restore every case.`);
    const content = fs.readFileSync(source);
    if (sha256(content) !== sha) throw new BackupError(`The attachment file ${source} does not match its checksum.`);
    writeSynced(storePath(path.join(to, 'attachments'), sha), content);
    files.push({ sha256: sha, sizeBytes: content.length });
  }
  const dbBytes = fs.readFileSync(path.join(to, databaseFile));
  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    version: version(),
    database: config.databaseUrl ? 'postgres' : 'pglite',
    databaseFile: { name: databaseFile, sha256: sha256(dbBytes), sizeBytes: dbBytes.length },
    migrations: inventory.migrations,
    counts: inventory.counts,
    files,
  };
  writeSynced(path.join(to, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads a backup's manifest and checks every file in it against its checksum, before anything is restored. */
export function verifyBackup(from: string): Manifest {
  const manifestFile = path.join(from, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new BackupError(`${from} holds no manifest.json: it is not a complete backup.`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.format !== FORMAT) throw new BackupError(`${manifestFile} is not a ${FORMAT} manifest.`);
  const dbFile = path.join(from, path.basename(manifest.databaseFile.name));
  if (!fs.existsSync(dbFile) || sha256(fs.readFileSync(dbFile)) !== manifest.databaseFile.sha256) {
    throw new BackupError(`${dbFile} is missing or does not match the manifest's checksum.`);
  }
  for (const f of manifest.files) {
    const file = storePath(path.join(from, 'attachments'), f.sha256);
    if (!fs.existsSync(file) || sha256(fs.readFileSync(file)) !== f.sha256) throw new BackupError(`${file} is missing or does not match the manifest's checksum.`);
  }
  return manifest;
}

/**
 * Restores a backup written by `backup`: the manifest and every checksum are verified first; the
 * database goes into an empty one only (PostgreSQL: a database without tables, through
 * `pg_restore`; PGlite: a data directory without a database), the files into the attachment
 * store; then the restored database is counted and must answer the manifest's migrations and
 * figures. Answers the manifest.
 */
export async function restore(config: BackupConfig, from: string): Promise<Manifest> {
  const manifest = verifyBackup(from);
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database !== kind) throw new BackupError(`The backup is of a ${manifest.database} database; the configuration names ${kind}.`);
  const dbFile = path.join(from, path.basename(manifest.databaseFile.name));
  let restored: Inventory;
  if (config.databaseUrl) {
    const database = openPostgres(config.databaseUrl, 2, config.dbLimits);
    try {
      const repo = new BackupRepository(database.db);
      if ((await repo.tableCount()) > 0) throw new BackupError('The database DATABASE_URL names is not empty: restore into a new, empty database.');
      await run(pgTool('pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', config.databaseUrl, dbFile]);
      restored = await repo.inventory();
    } finally {
      await database.close();
    }
  } else {
    if (!isEmptyDir(path.join(config.dataDir, 'pgdata'))) throw new BackupError(`${config.dataDir} already holds a database: restore into a new data directory.`);
    const database = await openPGliteFor(config, new Blob([fs.readFileSync(dbFile)]));
    try {
      restored = await new BackupRepository(database.db).inventory();
    } finally {
      await database.close();
    }
  }
  const store = path.join(config.dataDir, 'attachments');
  for (const f of manifest.files) {
    const target = storePath(store, f.sha256);
    if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === f.sha256) continue;
    writeSynced(target, fs.readFileSync(storePath(path.join(from, 'attachments'), f.sha256)));
  }
  const differences = [
    JSON.stringify(restored.migrations) !== JSON.stringify(manifest.migrations) && 'migrations',
    JSON.stringify(restored.counts) !== JSON.stringify(manifest.counts) && `counts ${JSON.stringify(restored.counts)} ≠ ${JSON.stringify(manifest.counts)}`,
    JSON.stringify(restored.attachmentFiles) !== JSON.stringify(manifest.files.map((f) => f.sha256)) && 'attachment files',
  ].filter(Boolean);
  if (differences.length) throw new BackupError(`The restored database does not match the manifest: ${differences.join('; ')}.`);
  return manifest;
}
