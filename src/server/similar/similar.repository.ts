import { sql, type Kysely, type Transaction } from 'kysely';
import type { CaseType, Language } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** The statuses in which a case can still be joined or merged into. */
export const openStatuses = ['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted'] as const;

/** What the candidate query filters on; every filter is optional but the window. */
export interface CandidateFilter {
  since: Date;
  box?: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  serviceIds?: number[];
  types?: CaseType[];
  entityIds?: number[];
  excludeCaseId?: number;
  limit: number;
}

/** One person to follow a case. */
export interface NewFollower {
  key: string;
  citizenId: number | null;
  phone: string | null;
  email: string | null;
  language: Language;
  source: 'mine_too' | 'merged';
}

/** "Already reported?" SQL: candidates, services, followers; no rules. */
export class SimilarRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** An active service with its group and "already reported?" radius. */
  service(code: string) {
    return this.db
      .selectFrom('services')
      .select(['id', 'code', 'group_id', 'similar_radius_m'])
      .where('code', '=', code)
      .where('active', '=', true)
      .executeTakeFirst();
  }

  /** The services of a group (the related services of one of them). */
  async groupServiceIds(groupId: number): Promise<number[]> {
    const rows = await this.db.selectFrom('services').select('id').where('group_id', '=', groupId).execute();
    return rows.map((r) => Number(r.id));
  }

  /** A service's radius and group by id (for a case's own service). */
  serviceById(id: number) {
    return this.db.selectFrom('services').select(['id', 'code', 'group_id', 'similar_radius_m']).where('id', '=', id).executeTakeFirstOrThrow();
  }

  /**
   * Open cases in the window, newest first: within the box when one is given (the partial index on
   * open located cases serves it), of the services, types and entities given.
   */
  candidates(f: CandidateFilter) {
    return this.db
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select([
        'c.id',
        'c.reference',
        'c.type',
        'c.status',
        'c.channel',
        'c.service_id',
        'c.entity_id',
        'c.lat',
        'c.lng',
        'c.governorate',
        'c.title',
        'c.description',
        'c.media_url',
        'c.created_at',
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
        sql<number>`(select count(*)::int from case_followers f where f.case_id = c.id)`.as('followers'),
      ])
      .where('c.status', 'in', [...openStatuses])
      .where('c.created_at', '>=', f.since)
      .$if(f.box !== undefined, (q) =>
        q
          .where('c.lat', 'is not', null)
          .where('c.lat', '>=', f.box!.minLat)
          .where('c.lat', '<=', f.box!.maxLat)
          .where('c.lng', '>=', f.box!.minLng)
          .where('c.lng', '<=', f.box!.maxLng),
      )
      .$if(f.serviceIds !== undefined, (q) => q.where('c.service_id', 'in', f.serviceIds!.length ? f.serviceIds! : [-1]))
      .$if(f.types !== undefined, (q) => q.where('c.type', 'in', f.types!.length ? f.types! : ['-' as CaseType]))
      .$if(f.entityIds !== undefined, (q) => q.where('c.entity_id', 'in', f.entityIds!.length ? f.entityIds! : [-1]))
      .$if(f.excludeCaseId !== undefined, (q) => q.where('c.id', '!=', f.excludeCaseId!))
      .orderBy('c.created_at', 'desc')
      .limit(f.limit)
      .execute();
  }

  /** Locks a case for a follow: its status, priority, contact and service's supporter threshold. */
  lockForFollow(tx: Transaction<DB>, reference: string) {
    return tx
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select([
        'c.id',
        'c.reference',
        'c.status',
        'c.priority',
        'c.citizen_id',
        'c.contact_phone',
        'c.contact_email',
        's.priority_raise_supporters',
      ])
      .where('c.reference', '=', reference)
      .forUpdate('c')
      .executeTakeFirst();
  }

  /** Adds followers; a person already following the case is left as they are. Answers how many were added. */
  async addFollowers(db: Kysely<DB>, caseId: number, people: NewFollower[]): Promise<number> {
    if (!people.length) return 0;
    const rows = await db
      .insertInto('case_followers')
      .values(
        people.map((p) => ({
          case_id: caseId,
          follower_key: p.key,
          citizen_id: p.citizenId,
          phone: p.phone,
          email: p.email,
          language: p.language,
          source: p.source,
        })),
      )
      .onConflict((oc) => oc.columns(['case_id', 'follower_key']).doNothing())
      .returning('id')
      .execute();
    return rows.length;
  }

  /** The followers of a case. */
  followers(db: Kysely<DB>, caseId: number) {
    return db
      .selectFrom('case_followers')
      .select(['follower_key', 'citizen_id', 'phone', 'email', 'language'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
  }

  async followerCount(db: Kysely<DB>, caseId: number): Promise<number> {
    const r = await db
      .selectFrom('case_followers')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Raises a case's priority with an internal timeline note saying why (bumps its version). */
  async raisePriority(tx: Transaction<DB>, caseId: number, from: string, to: 'high', reportedBy: number): Promise<void> {
    await tx
      .updateTable('cases')
      .set({ priority: to, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', caseId)
      .execute();
    await tx
      .insertInto('case_events')
      .values({
        case_id: caseId,
        kind: 'internal_note',
        visibility: 'internal',
        actor_type: 'system',
        actor_id: null,
        body: `Priority raised from ${from} to ${to}: reported by ${reportedBy} people.`,
        data: JSON.stringify({ priorityRaised: { from, to, reportedBy } }),
      })
      .execute();
  }
}
