import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Reads the catalogue tables; holds no rules. */
export class CatalogueRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every active service with its group and owning entity. */
  services() {
    return this.db
      .selectFrom('services as s')
      .innerJoin('service_groups as g', 'g.id', 's.group_id')
      .innerJoin('entities as e', 'e.id', 's.entity_id')
      .where('s.active', '=', true)
      .select([
        's.id',
        's.code',
        's.name_ar',
        's.name_en',
        's.description_ar',
        's.description_en',
        's.types',
        's.anonymous_allowed',
        's.default_priority',
        's.keywords',
        's.search_text',
        's.sla_policy_id',
        's.entity_id',
        'g.code as group_code',
        'g.name_ar as group_name_ar',
        'g.name_en as group_name_en',
        'g.position as group_position',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
      ])
      .orderBy('g.position')
      .orderBy('s.id')
      .execute();
  }

  attributes() {
    return this.db.selectFrom('service_attributes').selectAll().orderBy('service_id').orderBy('position').execute();
  }

  routes() {
    return this.db
      .selectFrom('service_routes as r')
      .innerJoin('entities as e', 'e.id', 'r.entity_id')
      .select(['r.service_id', 'r.governorate', 'r.entity_id', 'r.unit_id', 'e.code as entity_code', 'e.name_ar', 'e.name_en'])
      .execute();
  }

  /** Every active entity, parents first. */
  entities() {
    return this.db
      .selectFrom('entities as e')
      .leftJoin('entities as p', 'p.id', 'e.parent_id')
      .where('e.active', '=', true)
      .select(['e.id', 'e.code', 'e.kind', 'e.name_ar', 'e.name_en', 'e.governorate', 'p.code as parent_code'])
      .orderBy('e.id')
      .execute();
  }
}
