/**
 * CPU time of processes read from Linux's /proc, for benchmarks that put the server, PostgreSQL and
 * the load generator on the same cores and want to know which of them spent what. Elsewhere than
 * Linux every reading is 0 (and `available` is false).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export const available = fs.existsSync('/proc/self/stat');

/** Clock ticks per second of the times in /proc/<pid>/stat (`getconf CLK_TCK`; 100 on Linux). */
export const clockTicks: number = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** The fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime. */
function statFields(pid: number | string): string[] | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return undefined; // gone, or not Linux
  }
}

const ms = (ticks: number) => (ticks * 1000) / clockTicks;

/** CPU time (user + system, every thread) a process has used so far, in ms. */
export function processCpuMs(pid: number | undefined): number {
  const f = pid === undefined ? undefined : statFields(pid);
  return f ? ms(Number(f[11]) + Number(f[12])) : 0;
}

/** CPU time of this process's children that have ended and been waited for (cutime + cstime), in ms. */
export function endedChildrenCpuMs(pid: number | 'self' = 'self'): number {
  const f = statFields(pid);
  return f ? ms(Number(f[13]) + Number(f[14])) : 0;
}

/** The parent of a process, or undefined when it is gone. */
export function parentPid(pid: number): number | undefined {
  const f = statFields(pid);
  return f ? Number(f[1]) : undefined;
}

/**
 * CPU time of a process and all its children so far, in ms: its own, that of its children still
 * running, and that of the children it has already reaped. For PostgreSQL's postmaster this is the
 * whole cluster — every backend (also those of connections closed meanwhile), the WAL writer,
 * checkpointer, autovacuum and the rest.
 */
export function treeCpuMs(pid: number): number {
  const own = statFields(pid);
  if (!own) return 0;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(entry);
    if (f && Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
  }
  return ms(ticks);
}

/** The processes whose parent is `pid`, including those ended but not yet waited for. */
export function childPids(pid: number): number[] {
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e) && Number(statFields(e)?.[1]) === pid).map(Number);
}

/**
 * CPU time of this process's main thread alone (the one that runs the event loop) so far, in ms, in
 * steps of a clock tick (10 ms): the threads beside it — zlib, the garbage collector's helpers, the
 * libuv pool — are not counted, so it tells how long the loop itself was busy.
 */
export function mainThreadCpuMs(): number {
  const f = statFields(`${process.pid}/task/${process.pid}`);
  return f ? ms(Number(f[11]) + Number(f[12])) : 0;
}

/** This process's own CPU time so far (all threads), in ms. */
export function selfCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
