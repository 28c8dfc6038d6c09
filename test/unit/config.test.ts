import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkConfiguration, unknownVariableWarnings, variablesTable } from '../../src/server/config.check.ts';
import { loadConfig } from '../../src/server/config.ts';
import { ConfigError } from '../../src/server/config.variables.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The ConfigError a start with `env` stops with (fails when the start would go ahead). */
function stop(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`the configuration ${JSON.stringify(env)} was accepted`);
}

describe('configuration that fails fast', () => {
  it.each([
    ['a number that is not one', { PORT: 'eighty' }, 'PORT', /whole number from 0 to 65535/],
    ['a number out of range', { TAWASUL_DIGEST_HOUR: '24' }, 'TAWASUL_DIGEST_HOUR', /from 0 to 23/],
    ['a negative duration', { TAWASUL_SWEEP_SECONDS: '-5' }, 'TAWASUL_SWEEP_SECONDS', /above 0/],
    ['an unknown time zone', { TAWASUL_TIME_ZONE: 'Asia/Bahrian' }, 'TAWASUL_TIME_ZONE', /IANA time zone/],
    ['a misspelt on/off value', { TAWASUL_WORKER: 'of' }, 'TAWASUL_WORKER', /on or off/],
    ['another misspelt on/off value', { TAWASUL_COOKIE_SECURE: 'ture' }, 'TAWASUL_COOKIE_SECURE', /on or off/],
    ['a URL that is not one', { SMTP_URL: 'mail.example.org:25' }, 'SMTP_URL', /smtp:\/\//],
    ['a URL with the wrong scheme', { DATABASE_URL: 'mysql://db/tawasul' }, 'DATABASE_URL', /postgres:\/\//],
    ['bad JSON', { TAWASUL_OIDC_ISSUER: 'https://id.example', TAWASUL_OIDC_CLIENT_ID: 'tawasul', TAWASUL_OIDC_ROLE_MAP: '[{"group":' }, 'TAWASUL_OIDC_ROLE_MAP', /JSON/],
    ['a word outside its list', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', /one of fatal, error/],
    ['an unknown country', { TAWASUL_COUNTRY: 'XX' }, 'TAWASUL_COUNTRY', /two-letter country code/],
    ['a bad address list', { TAWASUL_TRUSTED_PROXIES: '10.0.0.300' }, 'TAWASUL_TRUSTED_PROXIES', /not an IP address/],
    ['a bad bounding box', { TAWASUL_BBOX: '26,50,25,51' }, 'TAWASUL_BBOX', /minLat,minLng,maxLat,maxLng/],
    ['a bad weight', { TAWASUL_KPI_WEIGHTS: 'speed=10' }, 'TAWASUL_KPI_WEIGHTS', /bad weight/],
  ])('%s stops the start, naming the variable and what it accepts', (_kind, env, variable, accepts) => {
    const err = stop(env);
    expect(err.problems.map((p) => p.variable)).toEqual([variable]);
    expect(err.message).toContain(`${variable}: `);
    expect(err.problems[0]!.message).toMatch(accepts);
  });

  it('names every bad variable at once, not only the first', () => {
    const err = stop({ PORT: '-1', TAWASUL_WORKER: 'sometimes', TAWASUL_TIME_ZONE: 'Mars/Olympus' });
    expect(err.problems.map((p) => p.variable).sort()).toEqual(['PORT', 'TAWASUL_TIME_ZONE', 'TAWASUL_WORKER']);
  });

  it('never echoes a secret in its message', () => {
    const err = stop({ SMTP_URL: 'smtp//mailer:hunter2-secret@mail.example' });
    expect(err.message).not.toContain('hunter2-secret');
  });

  it('accepts on/off in its usual spellings and keeps the defaults for what is not set', () => {
    for (const word of ['on', 'true', 'YES', '1']) expect(loadConfig({ TAWASUL_WORKER: word }).inProcessWorker).toBe(true);
    for (const word of ['off', 'False', 'no', '0']) expect(loadConfig({ TAWASUL_WORKER: word }).inProcessWorker).toBe(false);
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', timeZone: 'Asia/Bahrain', country: 'BH', demo: true, inProcessWorker: true, sweepSeconds: 30 });
    expect(config.dbLimits.queryTimeoutMs).toBe(config.dbLimits.statementTimeoutMs + 5000);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/tawasul' }).demo).toBe(false);
  });

  it('runs outside Bahrain: a Saudi installation takes Saudi numbers and its own zone', () => {
    const config = loadConfig({ TAWASUL_COUNTRY: 'sa', TAWASUL_TIME_ZONE: 'Asia/Riyadh' });
    expect(config).toMatchObject({ country: 'SA', timeZone: 'Asia/Riyadh' });
  });

  it('says which unknown variables look like typos of known ones', () => {
    expect(unknownVariableWarnings({ TAWASUL_DEMO_CASE: '5', TAWASUL_WORKERS: 'on', TAWASUL_SOMETHING_ELSE_ENTIRELY: 'x', HOME: '/root' })).toEqual([
      'TAWASUL_DEMO_CASE is not a Tawasul variable — did you mean TAWASUL_DEMO_CASES?',
      'TAWASUL_SOMETHING_ELSE_ENTIRELY is not a Tawasul variable',
      'TAWASUL_WORKERS is not a Tawasul variable — did you mean TAWASUL_WORKER?',
    ]);
  });
});

describe('tawasul config check', () => {
  it('prints every variable with secrets masked and lists the problems', () => {
    const { ok, lines } = checkConfiguration({
      SMTP_URL: 'smtps://mailer:hunter2-secret@mail.example:465',
      TAWASUL_RELAY_SECRETS: 'whatsapp:relay-secret-value',
      TAWASUL_DEMO_PASSWORD: 'demo-password-value',
      TAWASUL_METRICS_TOKEN: 'metrics-token-0123456789',
      PORT: 'eighty',
    });
    const text = lines.join('\n');
    expect(ok).toBe(false);
    for (const secret of ['hunter2-secret', 'relay-secret-value', 'demo-password-value', 'metrics-token-0123456789']) expect(text).not.toContain(secret);
    expect(text).toContain('smtps://mailer:***@mail.example:465');
    expect(text).toMatch(/TAWASUL_RELAY_SECRETS\s+\*\*\* \(27 characters\)/);
    expect(text).toMatch(/✗ PORT\s+eighty\n\s+expected a whole number/);
    expect(text).toMatch(/TAWASUL_TIME_ZONE\s+\(default\) Asia\/Bahrain/);
    expect(text).toContain('1 problem: the server would not start.');
    expect(checkConfiguration({}).ok).toBe(true);
  });

  it('stops `tawasul start` with the variable named and a non-zero exit, before touching any data', async () => {
    const run = promisify(execFile);
    const failed = await run(process.execPath, [path.join(root, 'bin/tawasul.js'), 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH, TAWASUL_TIME_ZONE: 'Asia/Bahrian', TAWASUL_DATA_DIR: '/nonexistent/never-created' },
    }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failed).not.toBeNull();
    expect(failed!.code).toBe(2);
    expect(failed!.stderr).toContain('TAWASUL_TIME_ZONE: expected an IANA time zone');
    const check = await run(process.execPath, [path.join(root, 'bin/tawasul.js'), 'config', 'check'], { cwd: root, env: { PATH: process.env.PATH } });
    expect(check.stdout).toContain('The configuration is valid.');
  }, 90_000);
});

describe('the README', () => {
  it("lists every variable as the schema describes it", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(variablesTable());
  });
});
