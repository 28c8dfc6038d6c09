import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { EventKind } from '../../common/enums.ts';
import { hot } from '../db/hot-statements.ts';
import type { CasesTable, DB, NotificationOutboxTable } from '../db/schema.ts';
import { selectCases, serviceAndEntityNames } from './case-query.repository.ts';

/** An attachment row to write with a new case. */
export interface NewAttachment {
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  fileName: string | null;
}

/** What one intake writes: the case, its `created` event, its files, its notices and the idempotency record. */
export interface NewCaseWrite {
  row: Insertable<CasesTable>;
  createdAt: Date;
  actor: { type: 'citizen' | 'staff' | 'api_client'; id: number | null };
  eventData: Record<string, unknown>;
  attachments: NewAttachment[];
  /** Outbox rows resolved by the outbox (notify/outbox.ts `resolveNotices`); their `case_id` becomes the new case's. */
  notices: Omit<Insertable<NotificationOutboxTable>, 'case_id'>[];
  idempotency?: { scope: string; key: string; requestHash: string; response: unknown };
  /** A suggestion the citizen asked to make public: its request to publish, with this text, waits for review. */
  publicText?: string;
}

/** Case SQL; no rules. */
export class CaseRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Writes a new case with its `created` event, attachments, outbox notices and idempotency record
   * in ONE statement — atomic without a transaction, and one round trip on the hot intake path.
   * A duplicate idempotency key makes the whole statement fail (23505) and write nothing.
   */
  async insertCase(w: NewCaseWrite, db: Kysely<DB> = this.db): Promise<number> {
    const k = w.idempotency;
    const query = db
      .with('c', (db) => db.insertInto('cases').values(w.row).returning(['id']))
      .with('e', () =>
        sql`(insert into case_events (case_id, kind, visibility, actor_type, actor_id, data, created_at)
            select id, 'created', 'public', ${w.actor.type}, ${w.actor.id}, ${JSON.stringify(w.eventData)}::jsonb, ${w.createdAt}
            from c returning id, case_id)`,
      )
      .with('a', () =>
        sql`(insert into attachments (case_id, event_id, sha256, media_type, size_bytes, file_name)
            select e.case_id, e.id, x.sha256, x.media_type, x.size_bytes, x.file_name
            from e, jsonb_to_recordset(${JSON.stringify(
              w.attachments.map((a) => ({ sha256: a.sha256, media_type: a.mediaType, size_bytes: a.sizeBytes, file_name: a.fileName })),
            )}::jsonb) as x(sha256 text, media_type text, size_bytes integer, file_name text))`,
      )
      .with('n', () =>
        sql`(insert into notification_outbox (case_id, channel, address, language, template, params, reference, entity_id, staff_id, citizen_id, urgent, status)
            select c.id, x.channel, x.address, x.language, x.template, x.params::jsonb, x.reference, x.entity_id, x.staff_id, x.citizen_id,
                   coalesce(x.urgent, false), coalesce(x.status, 'pending')
            from c, jsonb_to_recordset(${JSON.stringify(w.notices)}::jsonb)
              as x(channel text, address text, language text, template text, params text, reference text, entity_id integer,
                   staff_id integer, citizen_id integer, urgent boolean, status text))`,
      )
      .with('k', () =>
        k
          ? sql`(insert into idempotency_keys (scope, key, request_hash, status, response, case_id)
                select ${k.scope}, ${k.key}, ${k.requestHash}, 201, ${JSON.stringify(k.response)}::jsonb, id from c)`
          : sql`(select 1)`,
      )
      .with('p', () =>
        w.publicText !== undefined
          ? sql`(insert into suggestion_publications (case_id, public_text) select id, ${w.publicText} from c)`
          : sql`(select 1)`,
      )
      .selectFrom('c')
      .select('c.id');
    const { rows } = await db.executeQuery(hot('insert_case', query));
    if (!rows[0]) throw new Error('the case was not inserted');
    return Number(rows[0].id);
  }

  findIdempotent(scope: string, key: string) {
    return this.db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status', 'response'])
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  /**
   * A case by reference and the hash of its tracking token or short tracking code, with its service
   * and entity names; `lock` holds it for the transaction.
   */
  findTracked(reference: string, by: 'tracking_token_hash' | 'tracking_code_hash', hash: string, lock?: Transaction<DB>) {
    return this.casePage(lock ?? this.db)
      .where('c.reference', '=', reference)
      .where(`c.${by}`, '=', hash)
      .$if(lock !== undefined, (q) => q.forUpdate('c'))
      .executeTakeFirst();
  }

  /** A case by canonical reference, limited to the given entities (undefined: no limit). */
  findByReference(reference: string, entityIds?: number[], db: Kysely<DB> = this.db) {
    return this.casePage(db)
      .where('c.reference', '=', reference)
      .$if(entityIds !== undefined, (q) => q.where('c.entity_id', 'in', entityIds!.length ? entityIds! : [-1]))
      .executeTakeFirst();
  }

  /** As {@link findByReference}, holding the case for the rest of the transaction. */
  lockByReference(tx: Transaction<DB>, reference: string, entityIds?: number[]) {
    return this.casePage(tx)
      .where('c.reference', '=', reference)
      .$if(entityIds !== undefined, (q) => q.where('c.entity_id', 'in', entityIds!.length ? entityIds! : [-1]))
      .forUpdate('c')
      .executeTakeFirst();
  }

  /** A case as its page shows it: every column, with the names of its service, entity, assignee and master case. */
  private casePage(db: Kysely<DB>) {
    return selectCases(db)
      .selectAll('c')
      .select(['a.name as assignee_name', 'd.reference as duplicate_of_reference', ...serviceAndEntityNames])
      .select(sql<number>`(select count(*)::int from case_followers f where f.case_id = c.id)`.as('follower_count'));
  }

  /** Locks a case row for the rest of the transaction and answers it. */
  lock(tx: Transaction<DB>, id: number) {
    return this.casePage(tx).where('c.id', '=', id).forUpdate('c').executeTakeFirstOrThrow();
  }

  /**
   * Applies changes to a case, bumping its version, and answers the case as its page reads it —
   * the changed row joined to its names in the same statement, so an action reads its case once.
   */
  updateAndRead(tx: Transaction<DB>, id: number, changes: Updateable<CasesTable>) {
    return tx
      .with('c', (db) =>
        db
          .updateTable('cases')
          .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', id)
          .returningAll(),
      )
      .selectFrom('c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .leftJoin('staff_users as a', 'a.id', 'c.assignee_id')
      .leftJoin('cases as d', 'd.id', 'c.duplicate_of_id')
      .selectAll('c')
      .select(['a.name as assignee_name', 'd.reference as duplicate_of_reference', ...serviceAndEntityNames])
      .select(sql<number>`(select count(*)::int from case_followers f where f.case_id = c.id)`.as('follower_count'))
      .executeTakeFirstOrThrow();
  }

  /** Appends events; answers their ids in the order given. */
  async insertEvents(tx: Transaction<DB>, events: NewEvent[]): Promise<number[]> {
    if (!events.length) return [];
    const rows = await tx
      .insertInto('case_events')
      .values(
        events.map((e) => ({
          case_id: e.caseId,
          kind: e.kind,
          visibility: e.visibility,
          actor_type: e.actorType,
          actor_id: e.actorId,
          body: e.body ?? null,
          data: JSON.stringify(e.data ?? {}),
        })),
      )
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** The whole timeline (or its public part) with the names of the staff who acted. */
  timeline(caseId: number, includeInternal: boolean) {
    return this.db
      .selectFrom('case_events as ev')
      .leftJoin('staff_users as u', (j) => j.onRef('u.id', '=', 'ev.actor_id').on('ev.actor_type', '=', 'staff'))
      .select(['ev.id', 'ev.kind', 'ev.visibility', 'ev.body', 'ev.actor_type', 'ev.data', 'ev.created_at', 'u.name as actor_name'])
      .where('ev.case_id', '=', caseId)
      .$if(!includeInternal, (q) => q.where('ev.visibility', '=', 'public'))
      .orderBy('ev.id')
      .execute();
  }

  staffInEntity(staffId: number, entityIds: number[], db: Kysely<DB> = this.db) {
    return db
      .selectFrom('staff_users')
      .select(['id', 'name', 'role', 'entity_id'])
      .where('id', '=', staffId)
      .where('active', '=', true)
      .where('entity_id', 'in', entityIds.length ? entityIds : [-1])
      .executeTakeFirst();
  }

  rejectionReason(code: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('rejection_reasons').selectAll().where('code', '=', code).where('active', '=', true).executeTakeFirst();
  }

  /**
   * A case's files with the event that carried each; `internal` false leaves out the files of
   * internal events (a note's), which only staff see.
   */
  attachments(caseId: number, internal = true) {
    return this.db
      .selectFrom('attachments as a')
      .leftJoin('case_events as e', 'e.id', 'a.event_id')
      .select(['a.id', 'a.sha256', 'a.media_type', 'a.size_bytes', 'a.file_name', 'a.event_id'])
      .where('a.case_id', '=', caseId)
      .$if(!internal, (q) => q.where((w) => w.or([w('e.visibility', 'is', null), w('e.visibility', '=', 'public')])))
      .orderBy('a.id')
      .execute();
  }

  /** How many files a case holds (inside the transaction that locked it). */
  async attachmentCount(tx: Transaction<DB>, caseId: number): Promise<number> {
    const r = await tx.selectFrom('attachments').select((eb) => eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Ties files already kept in the store to a case and the event that carried them. */
  async addAttachments(tx: Transaction<DB>, caseId: number, eventId: number, files: NewAttachment[]): Promise<void> {
    if (!files.length) return;
    await tx
      .insertInto('attachments')
      .values(files.map((f) => ({ case_id: caseId, event_id: eventId, sha256: f.sha256, media_type: f.mediaType, size_bytes: f.sizeBytes, file_name: f.fileName })))
      .execute();
  }
}

/** An event to append to a case's timeline. */
export interface NewEvent {
  caseId: number;
  kind: EventKind;
  visibility: 'public' | 'internal';
  actorType: 'citizen' | 'staff' | 'system' | 'api_client';
  actorId: number | null;
  body?: string | null;
  data?: Record<string, unknown>;
}

/** A case row with the names the presenters need. */
export type CaseRow = NonNullable<Awaited<ReturnType<CaseRepository['findTracked']>>>;
