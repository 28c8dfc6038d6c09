/**
 * Runs compose.yaml with podman alone, for scripts/container-smoke.sh: Debian's podman-compose (1.0.3)
 * neither waits for `condition: service_healthy` nor passes a `CMD` health check through intact, and
 * podman schedules health checks with systemd timers, which a machine without systemd lacks. This
 * reads the same file, interpolates `${VAR}`, `${VAR:-default}` and `${VAR:?message}` from an env
 * file (the environment wins, as with compose), puts the services in one pod (each service's name
 * resolves to the pod's own address, so `db:5432` reaches the database), and starts them in
 * dependency order, running a service's health check itself until it passes when another service
 * waits for it to be healthy.
 *
 * Usage: tsx scripts/container-compose.ts up|down --project NAME [--file compose.yaml] [--env-file FILE]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

interface Service {
  image: string;
  command?: string[];
  env_file?: string[] | string;
  environment?: Record<string, string | number | boolean>;
  volumes?: string[];
  ports?: string[];
  restart?: string;
  healthcheck?: { test?: string[]; interval?: string; timeout?: string; retries?: number; start_period?: string; disable?: boolean };
  depends_on?: Record<string, { condition: 'service_started' | 'service_healthy' }>;
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

/** KEY=VALUE lines; comments and blank lines skipped; the value taken as written (no quotes removed). */
function readEnvFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/** Compose's variable syntax in one string: `$$` is a dollar; unset and empty count alike for `:-` and `:?`. */
function interpolate(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:\?)([^}]*))?\}/g, (all, name: string | undefined, op?: string, arg?: string) => {
    if (!name) return '$';
    const value = vars[name];
    if (value) return value;
    if (op === ':-') return arg ?? '';
    if (op === ':?') throw new Error(`${name}: ${arg || 'required'}`);
    return '';
  });
}

function podman(args: string[], quiet = false): string {
  return execFileSync('podman', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] }).trim();
}

/** Services in an order where each comes after those it depends on. */
function startOrder(services: Record<string, Service>): string[] {
  const order: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (order.includes(name)) return;
    if (path.includes(name)) throw new Error(`dependency cycle: ${[...path, name].join(' → ')}`);
    for (const dep of Object.keys(services[name]?.depends_on ?? {})) visit(dep, [...path, name]);
    order.push(name);
  };
  for (const name of Object.keys(services)) visit(name, []);
  return order;
}

function seconds(duration: string | undefined, fallback: number): number {
  const m = /^(\d+)(ms|s|m)?$/.exec(duration ?? '');
  if (!m) return fallback;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n / 1000 : m[2] === 'm' ? n * 60 : n;
}

function runArgs(project: string, name: string, s: Service): string[] {
  const args = ['run', '--detach', '--pod', project, '--name', `${project}_${name}`];
  const envFiles = typeof s.env_file === 'string' ? [s.env_file] : (s.env_file ?? []);
  for (const file of envFiles) args.push('--env-file', file);
  for (const [k, v] of Object.entries(s.environment ?? {})) args.push('--env', `${k}=${String(v)}`);
  for (const v of s.volumes ?? []) {
    const [source, target] = v.split(':');
    args.push('--volume', `${source!.startsWith('/') || source!.startsWith('.') ? source : `${project}_${source}`}:${target}`);
  }
  if (s.restart) args.push('--restart', s.restart);
  const h = s.healthcheck;
  if (h?.disable || h?.test?.[0] === 'NONE') args.push('--no-healthcheck');
  else if (h?.test) {
    // podman takes an argument list as a JSON array without compose's CMD, a shell command as a string.
    const [form, ...command] = h.test;
    args.push('--health-cmd', form === 'CMD-SHELL' ? command.join(' ') : JSON.stringify(form === 'CMD' ? command : h.test));
    if (h.interval) args.push('--health-interval', h.interval);
    if (h.timeout) args.push('--health-timeout', h.timeout);
    if (h.retries) args.push('--health-retries', String(h.retries));
    if (h.start_period) args.push('--health-start-period', h.start_period);
  }
  args.push(s.image, ...(s.command ?? []));
  return args;
}

/** Runs the container's health check until it passes; throws past the start period plus the retries. */
async function waitHealthy(container: string, h: Service['healthcheck']): Promise<number> {
  const started = Date.now();
  const limitMs = (seconds(h?.start_period, 0) + seconds(h?.interval, 30) * (h?.retries ?? 3) + 60) * 1000;
  const everyMs = Math.min(seconds(h?.interval, 30), 5) * 1000;
  for (;;) {
    const state = podman(['inspect', '--format', '{{.State.Status}}', container], true);
    if (state === 'exited') throw new Error(`${container} exited:\n${podman(['logs', '--tail', '30', container], true)}`);
    if (spawnSync('podman', ['healthcheck', 'run', container], { stdio: 'ignore' }).status === 0) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${container} not healthy after ${Math.round((Date.now() - started) / 1000)} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

async function up(compose: ComposeFile, project: string): Promise<void> {
  const ports = Object.values(compose.services).flatMap((s) => s.ports ?? []);
  const hosts = Object.keys(compose.services).map((name) => `--add-host=${name}:127.0.0.1`);
  podman(['pod', 'create', '--name', project, ...hosts, ...ports.flatMap((p) => ['--publish', `127.0.0.1:${p}`])], true);
  for (const volume of Object.keys(compose.volumes ?? {})) podman(['volume', 'create', `${project}_${volume}`], true);
  const healthy = new Set<string>();
  for (const name of startOrder(compose.services)) {
    const s = compose.services[name]!;
    for (const [dep, { condition }] of Object.entries(s.depends_on ?? {})) {
      if (condition !== 'service_healthy' || healthy.has(dep)) continue;
      const ms = await waitHealthy(`${project}_${dep}`, compose.services[dep]!.healthcheck);
      healthy.add(dep);
      console.log(`${dep}: healthy ${(ms / 1000).toFixed(1)} s after it started`);
    }
    podman(runArgs(project, name, s), true);
    console.log(`${name}: started`);
  }
}

function down(project: string, compose: ComposeFile): void {
  spawnSync('podman', ['pod', 'rm', '--force', '--ignore', project], { stdio: 'ignore' });
  for (const volume of Object.keys(compose.volumes ?? {})) spawnSync('podman', ['volume', 'rm', '--force', `${project}_${volume}`], { stdio: 'ignore' });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { file: { type: 'string', default: 'compose.yaml' }, 'env-file': { type: 'string' }, project: { type: 'string' } },
  });
  const [command] = positionals;
  if (!values.project || !['up', 'down'].includes(command ?? '')) {
    throw new Error('usage: container-compose.ts up|down --project NAME [--file compose.yaml] [--env-file FILE]');
  }
  const vars = { ...(values['env-file'] ? readEnvFile(values['env-file']) : {}), ...process.env };
  const compose = parse(interpolate(fs.readFileSync(values.file, 'utf8'), vars), { merge: true }) as ComposeFile;
  if (command === 'up') await up(compose, values.project);
  else down(values.project, compose);
}

await main();
