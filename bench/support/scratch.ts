/**
 * A scratch installation for scripts that run the real `tawasul` processes: a throwaway PostgreSQL
 * cluster with an empty `tawasul` database, a data directory, and the processes started from
 * bin/tawasul.js — all removed by `cleanUp()` (also on Ctrl-C).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startPgCluster, withDatabaseName } from '../../test/support/pg-cluster.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/tawasul.js');

/** `--name=value` from the command line, or the fallback. */
export function argOf(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}

export interface Scratch {
  /** The `tawasul` database's URL. */
  url: string;
  dataDir: string;
  /** Starts `tawasul <command>` and resolves once its output matches `ready`. */
  run(command: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess>;
  cleanUp(): void;
}

export async function startScratch(name: string): Promise<Scratch> {
  const cluster = await startPgCluster();
  const children: ChildProcess[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tawasul-${name}-`));
  const cleanUp = () => {
    for (const c of children) c.kill('SIGKILL');
    cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query('create database tawasul');
  await admin.end();

  const run = async (command: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> => {
    const child = spawn(process.execPath, [bin, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    while (!ready.test(out)) {
      if (child.exitCode !== null) throw new Error(out);
      await new Promise((r) => setTimeout(r, 50));
    }
    return child;
  };
  return { url: withDatabaseName(cluster.adminUrl, 'tawasul'), dataDir, run, cleanUp };
}
