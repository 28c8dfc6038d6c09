import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The Dockerfile and compose.yaml say what a container deployment needs: a runtime on production
 * dependencies only, a non-root user, a volume, health checks, and a server that waits for its database.
 */

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };

interface Stage {
  name: string;
  lines: string[];
}
/** The Dockerfile's stages, each with its instructions (continuation lines joined). */
function stages(): { preamble: string[]; stages: Stage[] } {
  const lines = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const out: Stage[] = [];
  const preamble: string[] = [];
  for (const line of lines) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) out.push({ name: from[1] ?? String(out.length), lines: [line] });
    else (out.at(-1)?.lines ?? preamble).push(line);
  }
  return { preamble, stages: out };
}
const instruction = (stage: Stage, word: string) => stage.lines.filter((l) => l.startsWith(`${word} `));

describe('Dockerfile', () => {
  const { preamble, stages: all } = stages();
  const runtime = all.at(-1)!;

  it('takes its base image as a build argument, for every stage', () => {
    expect(preamble).toContainEqual(expect.stringMatching(/^ARG NODE_IMAGE=node:\d+-bookworm-slim$/));
    for (const stage of all) expect(stage.lines[0], stage.name).toMatch(/^FROM \$\{NODE_IMAGE\} AS /);
  });

  it('the runtime gets node_modules only from a stage that installed production dependencies', () => {
    const copies = instruction(runtime, 'COPY').filter((l) => l.includes('node_modules'));
    expect(copies).toHaveLength(1);
    const from = /--from=(\S+)/.exec(copies[0]!)![1]!;
    const deps = all.find((s) => s.name === from)!;
    expect(instruction(deps, 'RUN').join('\n')).toMatch(/npm ci --omit=dev/);
    // The web app comes built from the build stage; nothing in the runtime runs npm or the build.
    expect(instruction(runtime, 'COPY')).toContainEqual(expect.stringMatching(/^COPY --from=build \/build\/dist dist$/));
    expect(instruction(runtime, 'RUN').join('\n')).not.toMatch(/npm|vite/);
    expect(instruction(all.find((s) => s.name === 'build')!, 'RUN').join('\n')).toMatch(/npm run build/);
  });

  it('runs `node bin/tawasul.js start` as a non-root user, with a volume and a readiness health check', () => {
    expect(instruction(runtime, 'CMD')).toEqual(['CMD ["node", "bin/tawasul.js", "start"]']);
    const user = instruction(runtime, 'USER')[0]!.split(' ')[1];
    expect(user).not.toMatch(/^(root|0)$/);
    expect(instruction(runtime, 'RUN').join('\n')).toMatch(new RegExp(`useradd [^\\n]*\\b${user}\\b`));
    expect(instruction(runtime, 'VOLUME')).toEqual(['VOLUME ["/var/lib/tawasul"]']);
    expect(instruction(runtime, 'ENV').join(' ')).toMatch(/TAWASUL_DATA_DIR=\/var\/lib\/tawasul/);
    expect(instruction(runtime, 'ENV').join(' ')).toMatch(/HOST=0\.0\.0\.0/);
    // A bounded heap: without it V8 keeps what a large export made it grow (bench:export reads this line).
    expect(instruction(runtime, 'ENV').join(' ')).toMatch(/NODE_OPTIONS="--max-old-space-size=\d+"/);
    expect(instruction(runtime, 'HEALTHCHECK').join('\n')).toMatch(/\/readyz/);
  });

  it('the command needs nothing beyond the production dependencies: bin/tawasul.js imports only those', () => {
    const imports = [...read('bin/tawasul.js').matchAll(/from\s+'([^'.][^']*)'/g)].map((m) => m[1]!.split('/')[0]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) expect(pkg.dependencies, name).toHaveProperty(name);
  });

  it('every file the Dockerfile copies from the context exists and is not left out by .dockerignore', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const sources = all.flatMap((s) => instruction(s, 'COPY').filter((l) => !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1)));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(fs.existsSync(path.join(root, source)), source).toBe(true);
      for (const pattern of ignored) expect(source === pattern || source.startsWith(`${pattern}/`), `${source} ignored by ${pattern}`).toBe(false);
    }
  });
});

interface Service {
  image: string;
  command?: string[];
  env_file?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const { app, worker, db } = compose.services;

  it('has the server, the worker and PostgreSQL, the database image a variable', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'db', 'worker']);
    expect(db!.image).toMatch(/^\$\{POSTGRES_IMAGE:-postgres:\d+-bookworm\}$/);
    expect(app!.image).toBe(worker!.image);
    expect(app!.command).toEqual(['node', 'bin/tawasul.js', 'start']);
    expect(worker!.command).toEqual(['node', 'bin/tawasul.js', 'worker']);
  });

  it('checks the database with pg_isready and the server on /readyz; the worker, which serves nothing, is not checked', () => {
    expect(db!.healthcheck!.test![0]).toBe('CMD');
    expect(db!.healthcheck!.test![1]).toBe('pg_isready');
    expect(app!.healthcheck!.test!.join(' ')).toMatch(/http:\/\/127\.0\.0\.1:3000\/readyz/);
    expect(worker!.healthcheck).toEqual({ disable: true });
  });

  it('the server waits for a healthy database, the worker for a healthy server (which applied the migrations)', () => {
    expect(app!.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(worker!.depends_on).toEqual({ db: { condition: 'service_healthy' }, app: { condition: 'service_healthy' } });
  });

  it('keeps the database and the attachments on named volumes, shared attachments for server and worker', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['attachments', 'database']);
    expect(db!.volumes).toEqual(['database:/var/lib/postgresql/data']);
    for (const s of [app!, worker!]) {
      expect(s.volumes).toEqual(['attachments:/var/lib/tawasul']);
      expect(s.environment!.TAWASUL_DATA_DIR).toBe('/var/lib/tawasul');
      expect(s.environment!.DATABASE_URL).toMatch(/^postgres:\/\/tawasul:\$\{POSTGRES_PASSWORD[^}]*\}@db:5432\/tawasul$/);
      // Quoted: a bare off is a boolean to YAML 1.1 readers.
      expect(s.environment!.TAWASUL_WORKER).toBe('off');
    }
  });

  it('reads the configuration from an env file whose example defines every variable compose.yaml uses', () => {
    expect(app!.env_file).toEqual(['${TAWASUL_ENV_FILE:-deploy/tawasul.env}']);
    const example = read('deploy/tawasul.env.example');
    const defined = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
    const used = new Set([...read('compose.yaml').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    used.delete('TAWASUL_ENV_FILE');
    for (const name of used) expect(defined, name).toContain(name);
    // The example never turns the demo's known password on in a real deployment.
    expect(example).toMatch(/^TAWASUL_DEMO=off$/m);
  });
});
