import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** One row of the entity tree, as every access decision reads it. */
export interface EntityTreeRow {
  id: number;
  parent_id: number | null;
  kind: string;
  code: string;
  active: boolean;
  name_ar: string;
  name_en: string;
}

/** The entity tree: the one query behind every scope. `db` may be a transaction. */
export class EntityTreeRepository {
  all(db: Kysely<DB>): Promise<EntityTreeRow[]> {
    return db.selectFrom('entities').select(['id', 'parent_id', 'kind', 'code', 'active', 'name_ar', 'name_en']).orderBy('id').execute();
  }
}
