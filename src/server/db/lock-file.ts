import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Raised when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${dir} is in use by another Tawasul process (pid ${pid}). ` +
        'Stop that process, or point TAWASUL_DATA_DIR at another directory.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Who holds a lock: a pid alone is not an identity (pids are reused, after a reboot at once), so the
 * lock also names the boot and the process's start time, and a lock is believed only while all
 * three still describe a running process.
 */
export interface LockOwner {
  pid: number;
  /** /proc/sys/kernel/random/boot_id: changes at every boot. */
  bootId?: string;
  /** Field 22 of /proc/<pid>/stat: clock ticks after boot at which the process started. */
  startTime?: string;
}

function currentBootId(): string | undefined {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** State (field 3) and start time (field 22) of a process, from /proc; undefined when it is gone or /proc is absent. */
function procStat(pid: number): { state: string; startTime: string } | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const state = fields[0];
    const startTime = fields[19];
    return state && startTime ? { state, startTime } : undefined;
  } catch {
    return undefined;
  }
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const hasProc = fs.existsSync('/proc/self/stat');

/** The identity this process writes into its lock. */
export function currentOwner(): LockOwner {
  return { pid: process.pid, bootId: currentBootId(), startTime: procStat(process.pid)?.startTime };
}

/** Reads a lock file's text: `{"pid":…,"bootId":…,"startTime":…}`, or a bare pid (older versions). */
export function parseOwner(text: string): LockOwner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const value = JSON.parse(trimmed) as Partial<LockOwner>;
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0) return undefined;
    return {
      pid: value.pid as number,
      ...(typeof value.bootId === 'string' ? { bootId: value.bootId } : {}),
      ...(typeof value.startTime === 'string' ? { startTime: value.startTime } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether the process a lock names is still running: the same boot, a live (not zombie) process
 * with that pid, started at the recorded time. Without /proc (not Linux) only the pid is checked.
 * A bare-pid lock (older versions) written before the last boot is stale whatever its pid.
 */
export function ownerIsRunning(owner: LockOwner, lockWrittenAtMs: number): boolean {
  const bootId = currentBootId();
  if (owner.bootId && bootId && owner.bootId !== bootId) return false;
  if (!owner.bootId && lockWrittenAtMs < Date.now() - os.uptime() * 1000) return false;
  if (!hasProc) return signalable(owner.pid);
  const stat = procStat(owner.pid);
  if (!stat) return false;
  if (stat.state === 'Z' || stat.state === 'X') return false; // died, not yet reaped by its parent
  return !owner.startTime || owner.startTime === stat.startTime;
}

/** Creates file with the given content, failing with EEXIST if it exists, never leaving it empty. */
function createExclusive(file: string, content: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temp, content);
  try {
    fs.linkSync(temp, file); // atomic: the lock appears with its owner already written in it
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    fs.writeFileSync(file, content, { flag: 'wx' }); // a file system without hard links
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory (PGlite itself does not lock it, and two
 * processes writing the same files would corrupt them). The lock names its owner by pid, boot id
 * and process start time; a lock whose owner is not running (dead, a zombie, another boot, or a
 * reused pid) is taken over, so a restart after a crash or a reboot always starts.
 * Answers the function that releases the lock.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'tawasul.lock');
  const mine = JSON.stringify(currentOwner());
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createExclusive(file, mine);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let text: string;
      let writtenAt: number;
      try {
        text = fs.readFileSync(file, 'utf8');
        writtenAt = fs.statSync(file).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      const owner = parseOwner(text);
      if (owner && owner.pid !== process.pid && ownerIsRunning(owner, writtenAt)) throw new DataDirLockedError(dir, owner.pid);
      // Stale. Removed only if unchanged, so a lock just taken by a concurrent starter is not.
      try {
        if (fs.readFileSync(file, 'utf8') === text) fs.rmSync(file, { force: true });
      } catch {
        // gone already
      }
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
