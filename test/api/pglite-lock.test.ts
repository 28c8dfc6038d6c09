import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openPGlite } from '../../src/server/db/database.ts';
import { DataDirLockedError, currentOwner, lockDataDir } from '../../src/server/db/lock-file.ts';
import { sparePort, startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { testDbKind } from '../support/test-app.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const lockFile = (dir: string) => path.join(dir, 'tawasul.lock');
const procState = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
};

// The lock itself, on both projects: whose lock is believed.
describe('the data-directory lock names its owner beyond its pid', () => {
  it('refuses a lock held by a live process, with the same boot and start time', () => {
    const dir = tempDir();
    const parent = process.ppid;
    const owner = { ...currentOwner(), pid: parent, startTime: fs.readFileSync(`/proc/${parent}/stat`, 'utf8').split(') ')[1]!.split(' ')[19] };
    fs.writeFileSync(lockFile(dir), JSON.stringify(owner));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a lock whose live pid started at another time (a reused pid)', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), JSON.stringify({ ...currentOwner(), pid: 1, startTime: '1' }));
    const unlock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    unlock();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a lock written in another boot, even with a live pid', () => {
    const dir = tempDir();
    const pid1 = fs.readFileSync('/proc/1/stat', 'utf8').split(') ')[1]!.split(' ')[19];
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: 1, bootId: 'another-boot', startTime: pid1 }));
    lockDataDir(dir)();
  });

  it('takes over an older bare-pid lock written before the last boot', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '1');
    const beforeBoot = (Date.now() - os.uptime() * 1000 - 60_000) / 1000;
    fs.utimesSync(lockFile(dir), beforeBoot, beforeBoot);
    lockDataDir(dir)();
  });

  it('takes over a lock whose process died and is not yet reaped (a zombie)', async () => {
    const dir = tempDir();
    // sh starts a child, then becomes `sleep`, which never reaps it: killed, the child stays a zombie.
    const sh = spawn('sh', ['-c', 'sleep 30 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(await new Promise<string>((resolve) => sh.stdout!.once('data', (d) => resolve(String(d).trim()))));
    try {
      const startTime = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];
      fs.writeFileSync(lockFile(dir), JSON.stringify({ ...currentOwner(), pid, startTime }));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 50 && procState(pid) !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20));
      expect(procState(pid)).toBe('Z');
      lockDataDir(dir)();
    } finally {
      sh.kill('SIGKILL');
    }
  });
});

/** `tawasul start` on PGlite in dir as the child of a shell that never reaps it; answers its pid once it serves. */
async function startUnreapedServer(dir: string): Promise<{ pid: number; url: string; stop: () => void }> {
  const port = await sparePort();
  const sh = spawn('sh', ['-c', `"$0" bin/tawasul.js start & echo "pid=$!"; exec sleep 600`, process.execPath], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '', TAWASUL_DATA_DIR: dir, TAWASUL_DEMO: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  sh.stdout!.on('data', (d) => (out += d));
  sh.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 90_000;
  while (!/serving on/.test(out)) {
    if (Date.now() > deadline || sh.exitCode !== null) {
      sh.kill('SIGKILL');
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = Number(/pid=(\d+)/.exec(out)![1]);
  return { pid, url: `http://127.0.0.1:${port}`, stop: () => sh.kill('SIGKILL') };
}

async function stopServer(server: ServerProcess) {
  server.child.kill('SIGTERM');
  await server.exited;
}

// Real server processes on a PGlite data directory (in the postgres project a server does not use
// one, so there the lock is checked above, without servers).
if (testDbKind === 'pglite') {
  describe('a server on a PGlite data directory', () => {
    let dir: string;
    const env = () => ({ TAWASUL_DATA_DIR: dir, TAWASUL_DEMO: 'off' });
    beforeAll(() => {
      dir = tempDir();
    });

    it('restarts at once after it was killed, even before the dead process is reaped', async () => {
      const first = await startUnreapedServer(dir);
      try {
        process.kill(first.pid, 'SIGKILL');
        for (let i = 0; i < 50 && procState(first.pid) !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20));
        expect(procState(first.pid)).toBe('Z'); // dead, its pid still taken, its lock file still there
        expect(fs.existsSync(lockFile(dir))).toBe(true);
        const second = await startServerProcess(env(), 90_000);
        try {
          expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
        } finally {
          await stopServer(second);
        }
      } finally {
        first.stop();
      }
    }, 240_000);

    it('starts over a lock naming a live but unrelated process', async () => {
      fs.writeFileSync(lockFile(dir), JSON.stringify({ ...currentOwner(), pid: process.ppid, startTime: '1' }));
      const server = await startServerProcess(env(), 90_000);
      try {
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        // …and a second server on the same directory, while the first lives, is still refused.
        await expect(startServerProcess(env(), 60_000)).rejects.toThrow(/in use by another Tawasul process/);
      } finally {
        await stopServer(server);
      }
    }, 240_000);

    it('is durable by default: fsync on, and each commit reaches the disk', async () => {
      expect(loadConfig({}).pgliteDurable).toBe(true);
      expect(loadConfig({ TAWASUL_PGLITE_DURABLE: 'off' }).pgliteDurable).toBe(false);
      // The directory the servers above used: reopening is quick, a fresh one takes a cold start.
      const durable = await openPGlite(dir);
      const fsync = vi.spyOn(fs, 'fsyncSync');
      try {
        expect((await sql<{ fsync: string }>`show fsync`.execute(durable.db)).rows[0]!.fsync).toBe('on');
        await sql`create table if not exists commit_probe (id int)`.execute(durable.db);
        fsync.mockClear();
        await sql`insert into commit_probe values (1)`.execute(durable.db);
        expect(fsync).toHaveBeenCalled(); // the commit's WAL flush went to the operating system
      } finally {
        fsync.mockRestore();
        await durable.close();
      }
      const fast = await openPGlite(dir, { durable: false });
      try {
        expect((await sql<{ fsync: string }>`show fsync`.execute(fast.db)).rows[0]!.fsync).toBe('off');
      } finally {
        await fast.close();
      }
    }, 120_000);
  });
}
