import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp, createContext, createLogger } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openPGlite } from '../../src/server/db/database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the types generated from the API document are committed (`npm run api:types` writes it). */
export const apiTypesFile = path.join(root, 'test/support/api-types.ts');

const header = `/**
 * Types of the Tawasul API, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run api:types\` after changing a route. test/api/openapi-contract.test.ts
 * fails while this file differs from what the current document generates.
 */
`;

/** The TypeScript the current document generates, as committed in {@link apiTypesFile}. */
export async function generateApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true });
  return header + astToString(ast);
}

/**
 * The API document of the app as configured by default, built without a database behind it (no
 * route reads one to be registered). The test app's document is the same.
 */
export async function buildApiDocument(): Promise<unknown> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-openapi-'));
  const config = loadConfig({ TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const database = await openPGlite(undefined);
  try {
    const app = await buildApp(createContext(config, database, createLogger(config)));
    await app.ready();
    const doc = app.swagger();
    await app.close();
    return doc;
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface LintResult {
  errors: number;
  warnings: number;
  /** The linter's own report, for a failure message. */
  report: string;
}

/** Lints a document with Redocly's CLI and the repository's redocly.yaml (recommended rules). */
export async function lintApiDocument(document: unknown): Promise<LintResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-lint-'));
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(document, null, 2));
  const cli = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');
  const args = [cli, 'lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'stylish', '--max-problems', '500'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { env, maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
    );
    const report = `${stdout}\n${stderr}`;
    const count = (kind: string) => report.split('\n').filter((l) => new RegExp(`^\\s+\\d+:\\d+\\s+${kind}\\s`).test(l)).length;
    const valid = /Your API description is valid/.test(report);
    const errors = count('error');
    return { errors: valid ? 0 : Math.max(errors, 1), warnings: count('warning'), report };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
