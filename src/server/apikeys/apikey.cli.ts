import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { AppError } from '../http/errors.ts';
import { ApiKeyRepository } from './apikey.repository.ts';
import { ApiKeyService, type ApiKeySummary } from './apikey.service.ts';

const usage = `Usage:
  tawasul apikey create NAME [--channel open311] [--entity CODE]   prints the new key as its last line
  tawasul apikey revoke NAME
  tawasul apikey list`;

function row(k: ApiKeySummary): string {
  const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'live';
  const used = k.lastUsedAt ? k.lastUsedAt.toISOString() : 'never';
  return [k.name.padEnd(24), `${k.prefix}…`.padEnd(12), k.channel.padEnd(9), (k.entity ?? '-').padEnd(10), `used ${used}`, state].join(' ');
}

async function run(service: ApiKeyService, sub: string | undefined, rest: string[]): Promise<boolean> {
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { channel: { type: 'string' }, entity: { type: 'string' } },
  });
  const name = positionals[0];
  switch (sub) {
    case 'create': {
      if (!name || positionals.length > 1) return false;
      const { key, client } = await service.create({ name, channel: values.channel, entityCode: values.entity });
      console.log(`API key "${client.name}" created for channel ${client.channel}${values.entity ? `, entity ${values.entity}` : ''}.`);
      console.log('Keep it now: it is stored hashed and cannot be shown again.');
      console.log(key);
      return true;
    }
    case 'revoke':
      if (!name || positionals.length > 1) return false;
      await service.revoke(name);
      console.log(`API key "${name}" revoked.`);
      return true;
    case 'list': {
      const keys = await service.list();
      if (!keys.length) console.log('No API keys.');
      for (const k of keys) console.log(row(k));
      return true;
    }
    default:
      return false;
  }
}

/** `tawasul apikey …`: makes, revokes and lists API keys. Sets a non-zero exit code on failure. */
export async function apikeyCommand(args: string[], config: Config): Promise<void> {
  const [sub, ...rest] = args;
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const ok = await run(new ApiKeyService(new ApiKeyRepository(database.db)), sub, rest);
    if (!ok) {
      console.error(usage);
      process.exitCode = 2;
    }
  } catch (error) {
    if (error instanceof AppError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`tawasul apikey: ${(error as Error).message}`);
      process.exitCode = error instanceof AppError && error.status === 404 ? 1 : 2;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}
