import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { CaseChannel, CasePriority, CaseStatus, CaseType, Governorate, SlaState } from '../../common/enums.ts';
import type { firstResponseStates, resolutionStates } from '../../common/schemas/case-actions.schema.ts';
import type { DB } from '../db/schema.ts';

/**
 * The one query of cases that the case page, the case list and the exports start from: a case
 * (`c`) with its service (`s`), entity (`e`), unit (`u`), assignee (`a`) and the case it
 * duplicates (`d`). Each caller selects the columns it answers; PostgreSQL drops the outer joins
 * a caller does not read.
 */
export function selectCases(db: Kysely<DB>) {
  return db
    .selectFrom('cases as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .innerJoin('entities as e', 'e.id', 'c.entity_id')
    .leftJoin('entities as u', 'u.id', 'c.unit_id')
    .leftJoin('staff_users as a', 'a.id', 'c.assignee_id')
    .leftJoin('cases as d', 'd.id', 'c.duplicate_of_id');
}

type CaseSources = ReturnType<typeof selectCases> extends SelectQueryBuilder<infer D, infer T, object> ? [D, T] : never;
/** A query built on {@link selectCases}, with whatever it selects so far. */
export type CaseQuery<O> = SelectQueryBuilder<CaseSources[0], CaseSources[1], O>;

/** The names of a case's service and entity, which every answer about a case carries. */
export const serviceAndEntityNames = [
  's.code as service_code',
  's.name_ar as service_name_ar',
  's.name_en as service_name_en',
  'e.code as entity_code',
  'e.name_ar as entity_name_ar',
  'e.name_en as entity_name_en',
] as const;

export type FirstResponseState = (typeof firstResponseStates)[number];
export type ResolutionState = (typeof resolutionStates)[number];

const OPEN = sql`c.status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted')`;

/**
 * First response, as the indicators count it: met / late = answered within / after its target
 * (working minutes against the case's target); overdue = open, unanswered and past its due time;
 * pending = open, unanswered and not yet due.
 */
export function firstResponseCondition(state: FirstResponseState, now: Date): RawBuilder<boolean> {
  switch (state) {
    case 'met':
      return sql<boolean>`coalesce(c.first_response_working_minutes <= c.sla_first_response_target, false)`;
    case 'late':
      return sql<boolean>`coalesce(c.first_response_working_minutes > c.sla_first_response_target, false)`;
    case 'overdue':
      return sql<boolean>`(${OPEN} and c.first_responded_at is null and coalesce(c.first_response_due_at < ${now}, false))`;
    case 'pending':
      return sql<boolean>`(${OPEN} and c.first_responded_at is null and not coalesce(c.first_response_due_at < ${now}, false))`;
  }
}

/**
 * Resolution, as the indicators count it: met / late = resolved with SLA state met / breached;
 * overdue = open with SLA state breached.
 */
export function resolutionCondition(state: ResolutionState): RawBuilder<boolean> {
  switch (state) {
    case 'met':
      return sql<boolean>`(c.resolved_at is not null and c.sla_state = 'met')`;
    case 'late':
      return sql<boolean>`(c.resolved_at is not null and c.sla_state = 'breached')`;
    case 'overdue':
      return sql<boolean>`(${OPEN} and c.sla_state = 'breached')`;
  }
}

const RATED = sql<boolean>`(c.resolved_at is not null and c.rating is not null)`;

/** The filters of a list of cases (the case list and its exports), already resolved to ids and normalised values. */
export interface CaseListFilter {
  /** Entities the actor may see; the list never leaves them. */
  entityIds?: number[];
  /** A citizen's own cases: by account, or by the verified phone / email on file. */
  citizen?: { id: number; phone: string | null; email: string | null };
  statuses?: CaseStatus[];
  type?: CaseType;
  serviceCode?: string;
  entityId?: number;
  /** A unit, or null for cases without one. */
  unitId?: number | null;
  assignee?: number | 'unassigned';
  channel?: CaseChannel;
  priority?: CasePriority;
  /** A governorate, or null for cases without one. */
  governorate?: Governorate | null;
  createdFrom?: Date;
  createdTo?: Date;
  slaStates?: SlaState[];
  /** Any of these first-response states (see {@link firstResponseCondition}). */
  firstResponse?: FirstResponseState[];
  /** Any of these resolution states (see {@link resolutionCondition}). */
  resolution?: ResolutionState[];
  /** Resolved and rated, as the indicators count a rating; false: the rest. */
  rated?: boolean;
  ratings?: number[];
  ratingMin?: number;
  reopened?: boolean;
  transferred?: boolean;
  /** Escalated at least to this level. */
  escalationMin?: number;
  /** Followed by at least this many people (src/server/similar: "mine too", merged reporters). */
  followersMin?: number;
  /** Awaiting the citizen since before this moment (the last move to awaiting_citizen). */
  awaitingSince?: Date;
  /** The moment overdue / pending are judged at. */
  now: Date;
  phone?: string;
  nationalId?: string;
  reference?: string;
  /** Normalised search words, each with its alternatives (common/arabic.ts `searchTermGroups`): every word must match by one of them. */
  terms?: string[][];
  /**
   * Find the cases matching `terms` through the full-text index first, then order them (few
   * matches: see {@link SEARCH_FIRST_MAX}), rather than walk the cases in order testing each one,
   * which pays for frequent words and reads far more rows than match for rare ones. The same
   * cases, in the same order.
   */
  searchFirst?: boolean;
  sort: { column: 'created_at' | 'updated_at'; desc: boolean };
  /** The sort value and id of the last case of the previous page. */
  after?: { value: string; id: number };
  limit: number;
}

/** The filters of a case list on a query of cases. */
function whereCases<O>(q: CaseQuery<O>, f: CaseListFilter): CaseQuery<O> {
  return (
    q
      .$if(f.entityIds !== undefined, (q) => q.where('c.entity_id', 'in', f.entityIds!.length ? f.entityIds! : [-1]))
      .$if(f.citizen !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('c.citizen_id', '=', f.citizen!.id),
            ...(f.citizen!.phone ? [eb('c.contact_phone', '=', f.citizen!.phone)] : []),
            ...(f.citizen!.email ? [eb('c.contact_email', '=', f.citizen!.email)] : []),
          ]),
        ),
      )
      .$if(!!f.statuses?.length, (q) => q.where('c.status', 'in', f.statuses!))
      .$if(f.type !== undefined, (q) => q.where('c.type', '=', f.type!))
      .$if(f.serviceCode !== undefined, (q) => q.where('s.code', '=', f.serviceCode!))
      .$if(f.entityId !== undefined, (q) => q.where('c.entity_id', '=', f.entityId!))
      .$if(f.unitId === null, (q) => q.where('c.unit_id', 'is', null))
      .$if(typeof f.unitId === 'number', (q) => q.where('c.unit_id', '=', f.unitId as number))
      .$if(f.assignee === 'unassigned', (q) => q.where('c.assignee_id', 'is', null))
      .$if(typeof f.assignee === 'number', (q) => q.where('c.assignee_id', '=', f.assignee as number))
      .$if(f.channel !== undefined, (q) => q.where('c.channel', '=', f.channel!))
      .$if(f.priority !== undefined, (q) => q.where('c.priority', '=', f.priority!))
      .$if(f.governorate === null, (q) => q.where('c.governorate', 'is', null))
      .$if(typeof f.governorate === 'string', (q) => q.where('c.governorate', '=', f.governorate as Governorate))
      .$if(f.createdFrom !== undefined, (q) => q.where('c.created_at', '>=', f.createdFrom!))
      .$if(f.createdTo !== undefined, (q) => q.where('c.created_at', '<', f.createdTo!))
      .$if(!!f.slaStates?.length, (q) => q.where('c.sla_state', 'in', f.slaStates!))
      .$if(!!f.firstResponse?.length, (q) => q.where((eb) => eb.or(f.firstResponse!.map((s) => firstResponseCondition(s, f.now)))))
      .$if(!!f.resolution?.length, (q) => q.where((eb) => eb.or(f.resolution!.map((s) => resolutionCondition(s)))))
      .$if(f.rated === true, (q) => q.where(RATED))
      .$if(f.rated === false, (q) => q.where(sql<boolean>`not ${RATED}`))
      .$if(!!f.ratings?.length, (q) => q.where('c.rating', 'in', f.ratings!))
      .$if(f.ratingMin !== undefined, (q) => q.where('c.rating', '>=', f.ratingMin!))
      .$if(f.reopened !== undefined, (q) => q.where('c.reopen_count', f.reopened ? '>' : '=', 0))
      .$if(f.transferred !== undefined, (q) => q.where('c.transfer_count', f.transferred ? '>' : '=', 0))
      .$if(f.escalationMin !== undefined, (q) => q.where('c.escalation_level', '>=', f.escalationMin!))
      .$if(f.followersMin !== undefined, (q) =>
        q.where(sql<boolean>`(select count(*) from case_followers cf where cf.case_id = c.id) >= ${f.followersMin!}`),
      )
      .$if(f.awaitingSince !== undefined, (q) =>
        q
          .where('c.status', '=', 'awaiting_citizen')
          .where(
            sql<boolean>`coalesce((select max(ev.created_at) from case_events ev where ev.case_id = c.id and ev.data ->> 'to' = 'awaiting_citizen'), c.updated_at) < ${f.awaitingSince!}`,
          ),
      )
      // A caller is found by phone OR national ID: either one names them.
      .$if(f.phone !== undefined || f.nationalId !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            ...(f.phone !== undefined ? [eb('c.contact_phone', '=', f.phone)] : []),
            ...(f.nationalId !== undefined ? [eb('c.contact_national_id', '=', f.nationalId)] : []),
          ]),
        ),
      )
      .$if(f.reference !== undefined, (q) => q.where('c.reference', '=', f.reference!))
      .$if(!!f.terms?.length, (q) => q.where(matchesTerms('c', f.terms!)))
  );
}

/**
 * The search words on the cases of `alias`: every word by one of its alternatives, each in the
 * Arabic or the English configuration (the full-text index `cases_search_idx` answers each).
 */
function matchesTerms(alias: 'c' | 'm', terms: string[][]): RawBuilder<boolean> {
  const v = sql.ref(`${alias}.search_vector`);
  const word = (t: string) => sql`(${v} @@ plainto_tsquery('arabic', ${t}) or ${v} @@ plainto_tsquery('english', ${t}))`;
  return sql<boolean>`(${sql.join(
    terms.map((alternatives) => sql`(${sql.join(alternatives.map(word), sql` or `)})`),
    sql` and `,
  )})`;
}

/**
 * Up to how many matching cases a list reads through the full-text index first and then orders
 * (`searchFirst`): each match costs a heap read there, while walking the cases newest first meets
 * a page of matches of a word in a fraction f of the cases after about 26 / f rows; both are near
 * 5,000 at 1,000,000 cases, the balance for a page of 25.
 */
export const SEARCH_FIRST_MAX = 5_000;

/**
 * The query whose row estimate says how many cases one search word (any of its alternatives)
 * matches: PostgreSQL's estimate from the lexeme statistics of `search_vector`, exact enough for
 * the words it tracks, and for the others below the rarest word it tracks. Planned, never run.
 */
export function matchesOfWord(db: Kysely<DB>, alternatives: string[]) {
  return db.selectFrom('cases as m').select('m.id').where(matchesTerms('m', [alternatives]));
}

/** How many cases a list's filters select (its cursor, order and page size aside). */
export function countOfCases(db: Kysely<DB>, f: CaseListFilter) {
  return whereCases(selectCases(db), f).select(sql<number>`count(*)::int`.as('n'));
}

/**
 * One page of a filtered case list, in its sort order, after the previous page's last case: the
 * filters, the keyset cursor and the order, shared by the case list and its exports. It fetches
 * one case more than the page, which tells the caller that another page follows.
 */
export function pageOfCases<O>(q: CaseQuery<O>, f: CaseListFilter): CaseQuery<O> {
  if (f.searchFirst && f.terms?.length) return pageOfMatches(q, f, f.terms);
  const col = `c.${f.sort.column}` as const;
  const dir = f.sort.desc ? 'desc' : 'asc';
  return whereCases(q, f)
    .$if(f.after !== undefined, (q) =>
      q.where(sql<boolean>`(${sql.ref(col)}, c.id) ${sql.raw(f.sort.desc ? '<' : '>')} (${new Date(f.after!.value)}, ${f.after!.id})`),
    )
    .orderBy(col, dir)
    .orderBy('c.id', dir)
    .limit(f.limit + 1);
}

/**
 * {@link pageOfCases} when few cases match the search words: the matches (`h`: id and sort value,
 * past the cursor) are read through the full-text index and sorted in a subquery that `offset 0`
 * keeps whole, and the page follows their order, which no index of cases offers, so the planner
 * cannot walk the cases in order instead. The sorted matches then join their cases by primary key
 * until a page passes the other filters.
 */
function pageOfMatches<O>(q: CaseQuery<O>, f: CaseListFilter, terms: string[][]): CaseQuery<O> {
  const column = f.sort.column;
  const dir = f.sort.desc ? 'desc' : 'asc';
  const matches = q.innerJoin(
    (eb) =>
      eb
        .selectFrom('cases as m')
        .select(['m.id', `m.${column} as sort_value`])
        .where(matchesTerms('m', terms))
        .$if(f.after !== undefined, (q) =>
          q.where(sql<boolean>`(${sql.ref(`m.${column}`)}, m.id) ${sql.raw(f.sort.desc ? '<' : '>')} (${new Date(f.after!.value)}, ${f.after!.id})`),
        )
        .orderBy(`m.${column}`, dir)
        .orderBy('m.id', dir)
        .offset(sql.lit(0))
        .as('h'),
    (join) => join.onRef('h.id', '=', 'c.id'),
  );
  // The words are matched in `h`; the other filters apply to its cases.
  return whereCases(matches as unknown as CaseQuery<O>, { ...f, terms: undefined })
    .orderBy(sql.ref('h.sort_value'), dir)
    .orderBy(sql.ref('h.id'), dir)
    .limit(f.limit + 1);
}
