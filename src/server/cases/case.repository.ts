import { sql, type Insertable, type Kysely } from 'kysely';
import type { CasesTable, DB } from '../db/schema.ts';

/** An attachment row to write with a new case. */
export interface NewAttachment {
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  fileName: string | null;
}

/** What one intake writes: the case, its `created` event, its files and the idempotency record. */
export interface NewCaseWrite {
  row: Insertable<CasesTable>;
  createdAt: Date;
  actor: { type: 'citizen' | 'staff' | 'api_client'; id: number | null };
  eventData: Record<string, unknown>;
  attachments: NewAttachment[];
  idempotency?: { scope: string; key: string; requestHash: string; response: unknown };
}

/** Case SQL; no rules. */
export class CaseRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Writes a new case with its `created` event, attachments and idempotency record in ONE
   * statement — atomic without a transaction, and one round trip on the hot intake path.
   * A duplicate idempotency key makes the whole statement fail (23505) and write nothing.
   */
  async insertCase(w: NewCaseWrite): Promise<number> {
    const k = w.idempotency;
    const result = await this.db
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
      .with('k', () =>
        k
          ? sql`(insert into idempotency_keys (scope, key, request_hash, status, response, case_id)
                select ${k.scope}, ${k.key}, ${k.requestHash}, 201, ${JSON.stringify(k.response)}::jsonb, id from c)`
          : sql`(select 1)`,
      )
      .selectFrom('c')
      .select('c.id')
      .executeTakeFirstOrThrow();
    return Number(result.id);
  }

  findIdempotent(scope: string, key: string) {
    return this.db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status', 'response'])
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  /** A case by reference and tracking-token hash, with its service and entity names. */
  findTracked(reference: string, tokenHash: string) {
    return this.caseQuery().where('c.reference', '=', reference).where('c.tracking_token_hash', '=', tokenHash).executeTakeFirst();
  }

  private caseQuery() {
    return this.db
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .selectAll('c')
      .select([
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
      ]);
  }

  publicEvents(caseId: number) {
    return this.db
      .selectFrom('case_events')
      .select(['id', 'kind', 'body', 'actor_type', 'created_at'])
      .where('case_id', '=', caseId)
      .where('visibility', '=', 'public')
      .orderBy('id')
      .execute();
  }

  attachments(caseId: number) {
    return this.db
      .selectFrom('attachments')
      .select(['id', 'sha256', 'media_type', 'size_bytes', 'file_name'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
  }
}

/** A case row with the names the presenters need. */
export type CaseRow = NonNullable<Awaited<ReturnType<CaseRepository['findTracked']>>>;
