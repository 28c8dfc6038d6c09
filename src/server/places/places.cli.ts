import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AuditRepository } from '../audit/audit.repository.ts';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { AppError } from '../http/errors.ts';
import { BoundaryRepository } from './boundary.repository.ts';
import { BoundaryService } from './boundary.service.ts';

const usage = `Usage:
  tawasul boundaries import FILE --name NAME --source SOURCE --licence LICENCE [--description TEXT] [--inactive]
        imports a GeoJSON FeatureCollection (features: Polygon or MultiPolygon with properties
        layer, code, name_ar, name_en and optionally governorate) as the next version of NAME,
        and makes it the active set unless --inactive
  tawasul boundaries list`;

async function run(service: BoundaryService, repo: BoundaryRepository, sub: string | undefined, rest: string[]): Promise<boolean> {
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: 'string' }, source: { type: 'string' }, licence: { type: 'string' }, description: { type: 'string' }, inactive: { type: 'boolean' } },
  });
  if (sub === 'list') {
    const sets = await repo.listSets();
    if (!sets.length) console.log('No boundary sets.');
    for (const s of sets) console.log([`#${s.id}`.padEnd(6), `${s.name} v${s.version}`.padEnd(40), `${s.area_count} areas`.padEnd(12), s.active ? 'active' : '', `(${s.licence}; ${s.source})`].join(' '));
    return true;
  }
  if (sub !== 'import' || positionals.length !== 1 || !values.name || !values.source || !values.licence) return false;
  let geojson: unknown;
  try {
    geojson = JSON.parse(fs.readFileSync(positionals[0]!, 'utf8'));
  } catch (error) {
    throw new AppError(400, 'malformed_json', `Cannot read ${positionals[0]} as JSON: ${(error as Error).message}`);
  }
  const set = await service.importSet(
    { name: values.name, source: values.source, licence: values.licence, description: values.description, activate: !values.inactive, geojson },
    { label: 'cli' },
  );
  console.log(`Imported "${set.name}" version ${set.version}: ${set.areaCount} areas${set.active ? ', now the active set' : ''}.`);
  return true;
}

/** `tawasul boundaries …`: imports and lists boundary sets. Sets a non-zero exit code on failure. */
export async function boundariesCommand(args: string[], config: Config): Promise<void> {
  const [sub, ...rest] = args;
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const repo = new BoundaryRepository(database.db);
    const ok = await run(new BoundaryService(database.db, repo, new AuditRepository(database.db)), repo, sub, rest);
    if (!ok) {
      console.error(usage);
      process.exitCode = 2;
    }
  } catch (error) {
    if (error instanceof AppError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`tawasul boundaries: ${(error as Error).message}`);
      for (const e of error instanceof AppError ? (error.errors ?? []) : []) console.error(`  ${e.path}: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}
