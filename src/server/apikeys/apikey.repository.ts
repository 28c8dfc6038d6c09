import { sql, type Insertable, type Kysely } from 'kysely';
import type { ApiKeysTable, DB } from '../db/schema.ts';

/** API key SQL; no rules. */
export class ApiKeyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Writes a new key; a live key with the same name fails with 23505. */
  insert(row: Insertable<ApiKeysTable>) {
    return this.db
      .insertInto('api_keys')
      .values(row)
      .returning(['id', 'name', 'key_prefix', 'channel', 'entity_id', 'created_at'])
      .executeTakeFirstOrThrow();
  }

  /** The live (unrevoked) key with this hash. */
  findLiveByHash(keyHash: string) {
    // A key of a deactivated entity stops working with it.
    return this.db
      .selectFrom('api_keys as k')
      .leftJoin('entities as e', 'e.id', 'k.entity_id')
      .select(['k.id', 'k.name', 'k.channel', 'k.entity_id', 'k.last_used_at'])
      .where('k.key_hash', '=', keyHash)
      .where('k.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('k.entity_id', 'is', null), eb('e.active', '=', true)]))
      .executeTakeFirst();
  }

  /** Records a use, at most once a minute per key so a busy client does not write on every request. */
  async touch(id: number, at: Date): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`${at}::timestamptz - interval '1 minute'`)]))
      .execute();
  }

  /** Revokes the live key of a name; answers how many were revoked (0 or 1). */
  async revokeByName(name: string, at: Date): Promise<number> {
    const result = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Revokes a live key by id; answers how many were revoked (0 or 1). */
  async revokeById(id: number, at: Date): Promise<number> {
    const result = await this.db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Every key (or the one of an id), live and revoked, newest first, with its entity's code. */
  list(id?: number) {
    return this.db
      .selectFrom('api_keys as k')
      .leftJoin('entities as e', 'e.id', 'k.entity_id')
      .select(['k.id', 'k.name', 'k.key_prefix', 'k.channel', 'k.entity_id', 'e.code as entity_code', 'k.created_at', 'k.last_used_at', 'k.revoked_at'])
      .$if(id !== undefined, (q) => q.where('k.id', '=', id!))
      .orderBy('k.id', 'desc')
      .execute();
  }

  entityByCode(code: string) {
    return this.db.selectFrom('entities').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
  }
}
