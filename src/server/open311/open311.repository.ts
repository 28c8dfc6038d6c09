import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { CaseStatus } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** Filters of a request list; `references` set means only those (the other filters are ignored). */
export interface RequestFilter {
  references?: string[];
  serviceCodes?: string[];
  statuses?: CaseStatus[];
  from?: Date;
  to?: Date;
  limit: number;
}

/**
 * The public event kinds that are Open311 "updates" of a request: status changes (a rejection's
 * note rides on one), replies (a resolution is a reply that moves the case to resolved), requests
 * for information, and merges. Each that changes the status carries `data.to`.
 */
export const updateKinds = ['status_changed', 'public_reply', 'info_requested', 'merged'] as const;

/**
 * Whether a case was reported to the public through Open311: its creation event carries the
 * `open311` data that only an Open311 POST writes, and its key's channel is `open311` (a relay key
 * posting through Open311 forwards messages written privately, e.g. on WhatsApp).
 */
function viaOpen311(eb: ExpressionBuilder<DB & { c: DB['cases'] }, 'c'>) {
  return eb
    .and([
      eb('c.channel', '=', 'open311'),
      eb.exists(
        eb
          .selectFrom('case_events as o')
          .select(sql<number>`1`.as('one'))
          .whereRef('o.case_id', '=', 'c.id')
          .where('o.kind', '=', 'created')
          .where(sql<boolean>`o.data -> 'open311' is not null`),
      ),
    ])
    .as('via_open311');
}

/** Open311 read SQL; no rules. Selects no contact column, so no list can carry one. */
export class Open311Repository {
  constructor(private readonly db: Kysely<DB>) {}

  private requestQuery() {
    return this.db
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .select([
        'c.id',
        'c.reference',
        'c.type',
        'c.status',
        'c.channel',
        'c.description',
        'c.created_at',
        'c.updated_at',
        'c.resolution_due_at',
        'c.lat',
        'c.lng',
        'c.area',
        'c.block',
        'c.road',
        'c.building',
        'c.address',
        'c.media_url',
        'c.attributes',
        'c.service_id',
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
      ])
      .select((eb) =>
        eb
          .selectFrom('case_events as n')
          .select('n.body')
          .whereRef('n.case_id', '=', 'c.id')
          .where('n.visibility', '=', 'public')
          .where('n.kind', 'in', updateKinds)
          .where('n.actor_type', '!=', 'citizen')
          .where('n.body', 'is not', null)
          .orderBy('n.id', 'desc')
          .limit(1)
          .as('status_notes'),
      )
      .select(viaOpen311);
  }

  /** Requests matching a filter, newest first. */
  listRequests(f: RequestFilter) {
    const q = this.requestQuery();
    if (f.references) return q.where('c.reference', 'in', f.references).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(f.limit).execute();
    return q
      .$if(f.serviceCodes !== undefined, (qb) => qb.where('s.code', 'in', f.serviceCodes!))
      .$if(f.statuses !== undefined, (qb) => qb.where('c.status', 'in', f.statuses!))
      .$if(f.from !== undefined, (qb) => qb.where('c.created_at', '>=', f.from!))
      .$if(f.to !== undefined, (qb) => qb.where('c.created_at', '<=', f.to!))
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(f.limit)
      .execute();
  }

  findRequest(reference: string) {
    return this.requestQuery().where('c.reference', '=', reference).executeTakeFirst();
  }

  /** Public status changes and replies made in a window, oldest first. */
  listUpdates(from: Date, to: Date, limit: number) {
    return this.db
      .selectFrom('case_events as ev')
      .innerJoin('cases as c', 'c.id', 'ev.case_id')
      .select(['ev.id', 'ev.case_id', 'ev.kind', 'ev.body', 'ev.actor_type', 'ev.created_at', 'c.reference', 'c.status'])
      .select(viaOpen311)
      .where('ev.visibility', '=', 'public')
      .where('ev.kind', 'in', updateKinds)
      .where('ev.created_at', '>=', from)
      .where('ev.created_at', '<=', to)
      .orderBy('ev.id')
      .limit(limit)
      .execute();
  }

  /** The public update events of some cases with their data, oldest first, to tell a case's status at any event. */
  statusChanges(caseIds: number[]) {
    if (!caseIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('case_events')
      .select(['id', 'case_id', 'data'])
      .where('case_id', 'in', caseIds)
      .where('visibility', '=', 'public')
      .where('kind', 'in', updateKinds)
      .orderBy('id')
      .execute();
  }

  /** The public timeline of some cases, oldest first. */
  publicEvents(caseIds: number[]) {
    if (!caseIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('case_events')
      .select(['id', 'case_id', 'kind', 'body', 'actor_type', 'created_at'])
      .where('case_id', 'in', caseIds)
      .where('visibility', '=', 'public')
      .orderBy('id')
      .execute();
  }
}

/** One request row as the presenter receives it. */
export type RequestRow = Awaited<ReturnType<Open311Repository['listRequests']>>[number];
/** One update row. */
export type UpdateRow = Awaited<ReturnType<Open311Repository['listUpdates']>>[number];
/** One public event row. */
export type PublicEventRow = Awaited<ReturnType<Open311Repository['publicEvents']>>[number];
/** One status change row. */
export type StatusChangeRow = Awaited<ReturnType<Open311Repository['statusChanges']>>[number];
