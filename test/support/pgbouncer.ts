import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sparePort } from './pg-cluster.ts';

const PGBOUNCER = '/usr/sbin/pgbouncer';

/** A PgBouncer the test started, in front of one PostgreSQL database. */
export interface PgBouncer {
  /** URL of the database through the pooler, as `user`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function listening(port: number, withinMs: number, log: () => string): Promise<void> {
  const end = Date.now() + withinMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > end) throw new Error(`pgbouncer did not listen on ${port} within ${withinMs} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts Debian's PgBouncer (`apt-get install -y pgbouncer`) on 127.0.0.1 and a spare port, in front
 * of `database` on a PostgreSQL server, with the settings given (e.g. `pool_mode = transaction`).
 * Clients authenticate by trust, as `user`. Throws — never skips — when PgBouncer is missing.
 */
export async function startPgBouncer(server: { port: number; database: string; user: string }, settings: Record<string, string | number>): Promise<PgBouncer> {
  if (!fs.existsSync(PGBOUNCER)) throw new Error(`PgBouncer not found at ${PGBOUNCER}. Install it (apt-get install -y pgbouncer).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-pgbouncer-'));
  const port = await sparePort();
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${server.user}" ""\n`);
  const ini = [
    '[databases]',
    `${server.database} = host=127.0.0.1 port=${server.port} dbname=${server.database}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${path.join(dir, 'users.txt')}`,
    `logfile = ${path.join(dir, 'pgbouncer.log')}`,
    ...Object.entries(settings).map(([k, v]) => `${k} = ${v}`),
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'pgbouncer.ini'), `${ini}\n`);
  // PgBouncer refuses to run as root: as root it is told to become `postgres`.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const child: ChildProcess = spawn(PGBOUNCER, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
  const log = () => {
    try {
      return fs.readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await listening(port, 10_000, log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `postgres://${server.user}@127.0.0.1:${port}/${server.database}`,
    port,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
