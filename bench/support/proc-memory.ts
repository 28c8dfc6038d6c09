import fs from 'node:fs';

/**
 * A memory field of /proc/<pid>/status in MiB: `VmRSS` (resident now) or `VmHWM` (the resident
 * peak). NaN once the process is gone, or elsewhere than Linux.
 */
export function memoryMiB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}
