/**
 * `tawasul config check`: the effective configuration, each variable with its value (secrets
 * masked) and where it came from; problems listed all at once. Also the README's table of
 * variables, rendered from the same schema.
 */
import { variables } from './config.env.ts';
import { ConfigError, maskUrl, readVariables, unknownVariables, type Variable } from './config.variables.ts';

type Env = Record<string, string | undefined>;

/** A secret's value: its length only; a URL: its userinfo hidden. */
export function maskValue(v: Variable, raw: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) return maskUrl(raw);
  if (v.secret) return `*** (${raw.length} characters)`;
  return raw;
}

/** The report of `tawasul config check` and whether the configuration would start. */
export function checkConfiguration(env: Env): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let problems = new Map<string, string>();
  try {
    readVariables(variables, env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems = new Map(err.problems.map((p) => [p.variable, p.message]));
  }
  const width = Math.max(...Object.keys(variables).map((n) => n.length));
  for (const [name, v] of Object.entries(variables) as [string, Variable][]) {
    const raw = env[name];
    const set = raw !== undefined && raw.trim() !== '';
    const value = set ? maskValue(v, raw) : `(default) ${v.shown.replace(/`/g, '')}`;
    const problem = problems.get(name);
    lines.push(`${problem ? '✗' : ' '} ${name.padEnd(width)}  ${value}${problem ? `\n    ${problem}` : ''}`);
  }
  for (const u of unknownVariables(variables, env)) {
    lines.push(`? ${u.name.padEnd(width)}  not a Tawasul variable${u.suggestion ? ` — did you mean ${u.suggestion}?` : ''}`);
  }
  lines.push(problems.size ? `\n${problems.size} problem${problems.size > 1 ? 's' : ''}: the server would not start.` : '\nThe configuration is valid.');
  return { ok: problems.size === 0, lines };
}

/** Variables that look like Tawasul's but are not, with the likeliest meant one: warned at start. */
export function unknownVariableWarnings(env: Env): string[] {
  return unknownVariables(variables, env).map((u) => `${u.name} is not a Tawasul variable${u.suggestion ? ` — did you mean ${u.suggestion}?` : ''}`);
}

/** The README's configuration table. */
export function variablesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = (Object.entries(variables) as [string, Variable][]).map(([name, v]) => `| \`${name}\` | ${cell(v.doc)} | ${cell(/[`—(]/.test(v.shown) || v.shown === 'Bahrain' || v.shown.includes(' ') ? v.shown : `\`${v.shown}\``)} |`);
  return ['| variable | meaning | default |', '|---|---|---|', ...rows].join('\n');
}
