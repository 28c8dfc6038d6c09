import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * The columns of exported cases — chosen so that no personal data can be in them: no contact, no
 * free text (titles and descriptions may hold names and numbers), no address below the area.
 */
export class CaseExportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The export rows of these references, inside these entities. */
  rows(references: string[], entityIds: number[]) {
    if (!references.length || !entityIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .leftJoin('entities as u', 'u.id', 'c.unit_id')
      .select([
        'c.reference',
        'c.type',
        'c.status',
        'c.priority',
        'c.channel',
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
        'u.name_ar as unit_name_ar',
        'u.name_en as unit_name_en',
        'c.governorate',
        'c.area',
        'c.language',
        'c.created_at',
        'c.first_response_due_at',
        'c.first_responded_at',
        'c.first_response_working_minutes',
        'c.resolution_due_at',
        'c.resolved_at',
        'c.resolution_working_minutes',
        'c.closed_at',
        'c.sla_state',
        'c.rating',
        'c.reopen_count',
        'c.transfer_count',
      ])
      .where('c.reference', 'in', references)
      .where('c.entity_id', 'in', entityIds)
      .execute();
  }
}

export type CaseExportRow = Awaited<ReturnType<CaseExportRepository['rows']>>[number];
