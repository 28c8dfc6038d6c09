import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL server for tests and benchmarks, on 127.0.0.1 and a spare port. */
export interface PgCluster {
  /** URL of the `postgres` database as the superuser. */
  adminUrl: string;
  port: number;
  /** Stops the server and removes its files. */
  stop(): void;
  /** Stops the server at once (as a crash would), keeping its files for `start`. */
  halt(): void;
  /** Starts a halted server again on the same port. */
  start(): void;
}

/** The role a streaming replica of a cluster started with `replication: true` connects as. */
export const REPLICATION_USER = 'replicator';

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

/** The directory of the PostgreSQL server binaries; throws — never skips — when they are missing. */
function requireBinDir(): string {
  const bin = findBinDir();
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install them (apt-get install -y postgresql) or set DATABASE_URL.',
    );
  }
  return bin;
}

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A temporary directory for a cluster, owned by `postgres` when running as root (initdb refuses root). */
function clusterDir(): { dir: string; dataDir: string; socketDir: string; run: (cmd: string, args: string[]) => void } {
  const bin = requireBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-pg-'));
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'socket');
  fs.mkdirSync(socketDir);
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] as const : [path.join(bin, cmd), args] as const;
    const r = spawnSync(full[0], [...full[1]], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  return { dir, dataDir, socketDir, run };
}

/** Starts the server of a prepared data directory on a spare port, and the handle that stops it. */
async function serve(c: ReturnType<typeof clusterDir>, options: { durable?: boolean; settings?: string[] }): Promise<PgCluster> {
  const port = await sparePort();
  const settings = [
    `-p ${port}`,
    `-k ${c.socketDir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=400',
    '-c shared_buffers=256MB',
    ...(options.settings ?? []).map((s) => `-c ${s}`),
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  const start = () => c.run('pg_ctl', ['-D', c.dataDir, '-o', settings, '-l', path.join(c.dir, 'server.log'), '-w', '-t', '60', 'start']);
  start();
  let running = true;
  let stopped = false;
  const halt = () => {
    if (!running) return;
    running = false;
    c.run('pg_ctl', ['-D', c.dataDir, '-m', 'immediate', '-w', 'stop']);
  };
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    halt,
    start() {
      if (running) return;
      start();
      running = true;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        halt();
      } finally {
        fs.rmSync(c.dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Starts a PostgreSQL cluster from the Debian `postgresql` binaries in a temporary directory.
 * initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
 * Throws — never skips — when the binaries are missing. With `replication`, the cluster also lets
 * the role REPLICATION_USER stream its WAL from 127.0.0.1 (for `startPgReplica`). `settings` are
 * further `name=value` server settings (they win over the ones above).
 */
export async function startPgCluster(options: { durable?: boolean; replication?: boolean; settings?: string[] } = {}): Promise<PgCluster> {
  const c = clusterDir();
  c.run('initdb', ['-D', c.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  if (options.replication) {
    // wal_level=replica and wal senders are PostgreSQL's defaults; said here so a changed default shows.
    fs.appendFileSync(path.join(c.dataDir, 'postgresql.conf'), '\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n');
    fs.appendFileSync(path.join(c.dataDir, 'pg_hba.conf'), `\nhost replication ${REPLICATION_USER} 127.0.0.1/32 trust\n`);
  }
  const cluster = await serve(c, options);
  if (options.replication) {
    c.run('psql', ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres', '-d', 'postgres', '-qc', `create role ${REPLICATION_USER} with replication login`]);
  }
  return cluster;
}

/**
 * Starts a streaming replica of a cluster started with `replication: true`: `pg_basebackup -R`
 * copies the primary into a new data directory and configures it as a standby of the primary,
 * which then serves read-only queries (hot standby) on a port of its own.
 */
export async function startPgReplica(primary: PgCluster): Promise<PgCluster> {
  const c = clusterDir();
  c.run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', REPLICATION_USER, '-D', c.dataDir, '-R', '-X', 'stream', '--no-sync', '-c', 'fast']);
  return serve(c, {});
}

/** Replaces the database name of a PostgreSQL URL. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
