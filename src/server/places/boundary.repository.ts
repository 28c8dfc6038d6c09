import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ParsedArea } from './geojson.ts';
import './places.tables.ts';

/** What a new boundary set records about itself. */
export interface BoundarySetMeta {
  name: string;
  description: string | null;
  source: string;
  licence: string;
  importedByStaffId: number | null;
}

/** SQL of boundary sets and their areas; no rules. */
export class BoundaryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every set, newest first, without geometry. */
  listSets(db: Kysely<DB> = this.db) {
    return db.selectFrom('boundary_sets').selectAll().orderBy('id', 'desc').execute();
  }

  findSet(id: number, db: Kysely<DB> = this.db) {
    return db.selectFrom('boundary_sets').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The active set's id and version label, or undefined: a cheap check whether the index is current. */
  activeSet(db: Kysely<DB> = this.db) {
    return db.selectFrom('boundary_sets').select(['id', 'name', 'version']).where('active', '=', true).executeTakeFirst();
  }

  /** The areas of a set, geometry included. */
  areasOf(setId: number, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('boundary_areas')
      .select(['id', 'layer', 'code', 'name_ar', 'name_en', 'governorate', 'geometry'])
      .where('set_id', '=', setId)
      .orderBy('id')
      .execute();
  }

  /** The areas of a set without geometry: what the administration lists. */
  areaSummaries(setId: number, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('boundary_areas')
      .select(['layer', 'code', 'name_ar', 'name_en', 'governorate'])
      .where('set_id', '=', setId)
      .orderBy('layer')
      .orderBy('code')
      .execute();
  }

  /** Stores a set (the next version of its name) with its areas; answers its id and version. */
  async insertSet(tx: Transaction<DB>, meta: BoundarySetMeta, areas: readonly ParsedArea[]): Promise<{ id: number; version: number }> {
    const last = await tx
      .selectFrom('boundary_sets')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('name', '=', meta.name)
      .executeTakeFirst();
    const version = (last?.v === null || last?.v === undefined ? 0 : Number(last.v)) + 1;
    const set = await tx
      .insertInto('boundary_sets')
      .values({
        name: meta.name,
        version,
        description: meta.description,
        source: meta.source,
        licence: meta.licence,
        imported_by_staff_id: meta.importedByStaffId,
        area_count: areas.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(set.id);
    // In slices: a national set of fine areas can hold thousands of polygons.
    for (let i = 0; i < areas.length; i += 200) {
      await tx
        .insertInto('boundary_areas')
        .values(
          areas.slice(i, i + 200).map((a) => ({
            set_id: id,
            layer: a.layer,
            code: a.code,
            name_ar: a.name.ar,
            name_en: a.name.en,
            governorate: a.governorate,
            geometry: JSON.stringify(a.geometry),
          })),
        )
        .execute();
    }
    return { id, version };
  }

  /** Makes one set the active one (and no other). */
  async activate(tx: Transaction<DB>, setId: number): Promise<void> {
    await tx.updateTable('boundary_sets').set({ active: false }).where('active', '=', true).where('id', '<>', setId).execute();
    await tx.updateTable('boundary_sets').set({ active: true }).where('id', '=', setId).execute();
  }
}
