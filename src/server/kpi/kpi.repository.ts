import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Histogram, KpiLive, KpiSums } from './kpi.formulas.ts';
import { addDays, type GrainSplit } from './kpi.period.ts';

/** The dimension a roll-up row is cut by; `all` is the entity's (or the nation's) total. */
export type Dim = 'all' | 'service' | 'type' | 'channel' | 'governorate' | 'unit';
/** What a query groups by: the entity, the dimension's key, or the week / month of creation. */
export type GroupBy = 'entity' | 'key' | 'week' | 'month';

/** Which rows to read: `[0]` is the national total, a list of ids those entities, 'each' every entity row. */
export type EntityRows = number[] | 'each';

export interface RollupQuery {
  dim: Dim;
  entities: EntityRows;
  /** Only this key of the dimension (a service id, a type, …). */
  key?: string;
  split: GrainSplit;
  groupBy: GroupBy[];
}

export interface LiveQuery {
  dim: Dim;
  /** Entity ids, or 'any' for every entity. */
  entities: number[] | 'any';
  key?: string;
  /** Creation instants [from, to). */
  from: Date;
  to: Date;
  now: Date;
  cuts: [Date, Date, Date];
  timeZone: string;
  groupBy: GroupBy[];
}

/** A grouped row: its group values (g[0], g[1], …, as text) and what was summed. */
export interface Grouped<T> {
  g: string[];
  value: T;
}

const sumColumns = [
  ['received', 'received'], ['resolved', 'resolved'], ['closed', 'closed'], ['rejected', 'rejected'], ['merged', 'merged'],
  ['open', 'open'], ['frMet', 'fr_met'], ['frLate', 'fr_late'], ['resMet', 'res_met'], ['resLate', 'res_late'],
  ['rated', 'rated'], ['ratingSum', 'rating_sum'], ['ratingTop', 'rating_top'], ['reopened', 'reopened'],
  ['everResolved', 'ever_resolved'], ['transferred', 'transferred'], ['rwmCount', 'rwm_count'], ['rwmSum', 'rwm_sum'],
] as const;

const caseDimColumn: Record<Dim, string> = {
  all: `''`,
  service: 'c.service_id::text',
  type: 'c.type',
  channel: 'c.channel',
  governorate: `coalesce(c.governorate, '')`,
  unit: `coalesce(c.unit_id::text, '')`,
};

function rollupGroup(g: GroupBy): RawBuilder<unknown> {
  switch (g) {
    case 'entity':
      return sql`r.entity_id::text`;
    case 'key':
      return sql`r.key`;
    case 'week':
      return sql`(r.period - extract(dow from r.period)::int)::text`;
    case 'month':
      return sql`date_trunc('month', r.period)::date::text`;
  }
}

function caseGroup(g: GroupBy, dim: Dim, tz: string): RawBuilder<unknown> {
  const local = sql`(c.created_at at time zone ${tz})::date`;
  switch (g) {
    case 'entity':
      return sql`c.entity_id::text`;
    case 'key':
      return sql.raw(caseDimColumn[dim]);
    case 'week':
      return sql`(${local} - extract(dow from ${local})::int)::text`;
    case 'month':
      return sql`date_trunc('month', ${local})::date::text`;
  }
}

function histGroup(g: GroupBy): RawBuilder<unknown> {
  switch (g) {
    case 'entity':
      return sql`h.entity_id::text`;
    case 'key':
      return sql`h.key`;
    case 'week':
      throw new Error('histograms are kept by month');
    case 'month':
      return sql`h.month::text`;
  }
}

function positions(n: number): string {
  return Array.from({ length: Math.max(n, 1) }, (_, i) => String(i + 1)).join(', ');
}

function collectHistograms(rows: Record<string, unknown>[], n: number): Grouped<Histogram>[] {
  const byGroup = new Map<string, Grouped<Histogram>>();
  for (const row of rows) {
    const g = groupsOf(row, n);
    const id = g.join('\u0000');
    let entry = byGroup.get(id);
    if (!entry) byGroup.set(id, (entry = { g, value: new Map() }));
    const count = Number(row.n);
    if (count !== 0) entry.value.set(Number(row.bucket), (entry.value.get(Number(row.bucket)) ?? 0) + count);
  }
  return [...byGroup.values()];
}

/** A delta's key in a dimension, as kpi_rollup.key spells it (see kpi_delta in migration 0007). */
const deltaDimColumn: Record<Dim, string> = {
  all: `''`,
  service: 'x.service_id::text',
  type: 'x.type',
  channel: 'x.channel',
  governorate: 'x.governorate',
  unit: `coalesce(x.unit_id::text, '')`,
};

/**
 * Unfolded deltas (kpi_delta x) as roll-up rows of the wanted entity rows: a delta counts in its
 * entity's row and in the national row (0). `select` makes one branch from the entity id to answer
 * and a condition on x; the branches are joined with UNION ALL.
 */
function deltaBranches(
  entities: EntityRows,
  select: (entity: RawBuilder<unknown>, where: RawBuilder<unknown>) => RawBuilder<unknown>,
): RawBuilder<unknown> {
  if (entities === 'each') return select(sql`x.entity_id`, sql`true`);
  const own = entities.filter((e) => e !== 0);
  const branches: RawBuilder<unknown>[] = [];
  if (entities.includes(0)) branches.push(select(sql`0::int8`, sql`true`));
  if (own.length) branches.push(select(sql`x.entity_id`, sql`x.entity_id = any(${own}::bigint[])`));
  return branches.length ? sql.join(branches, sql` union all `) : select(sql`x.entity_id`, sql`false`);
}

const rollupColumns = sql.raw(sumColumns.map(([, col]) => `x.${col}`).join(', '));

/**
 * The roll-up rows of a query (entity_id, key, period and the counts): one branch per grain and
 * range, each a tight range of the primary key (dim, grain, entity_id, period, key), plus the
 * unfolded deltas of all those ranges (one scan: a delta day inside the whole months counts in its
 * month, one at either end in its day), joined with UNION ALL. Read in one statement, the roll-ups
 * and the deltas are one snapshot: a fold moves counts from one to the other atomically, so the sums
 * are exact whether or not it has run.
 */
function rollupRows(q: RollupQuery): RawBuilder<unknown> {
  const entity = q.entities === 'each' ? sql`x.entity_id <> 0` : sql`x.entity_id = any(${q.entities}::bigint[])`;
  const key = q.key === undefined ? sql`true` : sql`x.key = ${q.key}`;
  const ranges: { grain: 'd' | 'm'; from: string; to: string }[] = [];
  if (q.split.months) ranges.push({ grain: 'm', from: q.split.months.from, to: q.split.months.to });
  for (const d of q.split.days) ranges.push({ grain: 'd', from: d.from, to: addDays(d.to, 1) });
  if (!ranges.length) return sql`select x.entity_id, x.key, x.period, ${rollupColumns} from kpi_rollup x where false`;
  const base = ranges.map(
    (r) => sql`select x.entity_id, x.key, x.period, ${rollupColumns} from kpi_rollup x
      where x.dim = ${q.dim} and x.grain = ${r.grain} and ${entity} and ${key}
        and x.period >= ${r.from}::date and x.period < ${r.to}::date`,
  );
  const deltaKey = sql.raw(deltaDimColumn[q.dim]);
  const deltaKeyIs = q.key === undefined ? sql`true` : sql`${deltaKey} = ${q.key}`;
  const inRanges = sql.join(ranges.map((r) => sql`(x.day >= ${r.from}::date and x.day < ${r.to}::date)`), sql` or `);
  const months = q.split.months;
  const period = months
    ? sql`case when x.day >= ${months.from}::date and x.day < ${months.to}::date then date_trunc('month', x.day)::date else x.day end`
    : sql`x.day`;
  const deltas = deltaBranches(q.entities, (e, where) => sql`
    select ${e} as entity_id, ${deltaKey} as key, ${period} as period, ${rollupColumns}
    from kpi_delta x
    where (${inRanges}) and ${where} and ${deltaKeyIs}`);
  return sql`${sql.join(base, sql` union all `)} union all ${deltas}`;
}

function groupSelect(groups: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return groups.length ? sql.join(groups.map((g, i) => sql`${g} as ${sql.ref(`g${i}`)}`)) : sql`'' as g0`;
}

function groupByClause(n: number): RawBuilder<unknown> {
  return n ? sql`group by ${sql.raw(Array.from({ length: n }, (_, i) => String(i + 1)).join(', '))}` : sql``;
}

function groupsOf(row: Record<string, unknown>, n: number): string[] {
  return Array.from({ length: Math.max(n, 1) }, (_, i) => String(row[`g${i}`] ?? ''));
}

/** The indicators' SQL: roll-up sums, histograms and the live counts of open cases; no rules. */
export class KpiRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Runs a dashboard read with JIT compilation off: on a large cases table the planner's estimates
   * pass jit_above_cost and compiling costs ~100 ms, more than the query itself.
   */
  private analytic<T>(query: (db: Kysely<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (tx) => {
      await sql`set local jit = off`.execute(tx);
      return query(tx);
    });
  }

  /** Summed roll-up counts per group. */
  async sums(q: RollupQuery): Promise<Grouped<KpiSums>[]> {
    const groups = q.groupBy.map(rollupGroup);
    const sums = sql.join(sumColumns.map(([alias, col]) => sql`sum(${sql.ref(`r.${col}`)})::int8 as ${sql.ref(alias)}`));
    const res = await this.analytic((db) => sql<Record<string, unknown>>`
      select ${groupSelect(groups)}, ${sums}
      from (${rollupRows(q)}) r
      ${groupByClause(groups.length)}`.execute(db));
    return res.rows.map((row) => ({
      g: groupsOf(row, groups.length),
      value: Object.fromEntries(sumColumns.map(([alias]) => [alias, Number(row[alias] ?? 0)])) as unknown as KpiSums,
    }));
  }

  /** Resolution-time histograms per group, over the whole months of the split. */
  async histograms(q: RollupQuery): Promise<Grouped<Histogram>[]> {
    const months = q.split.months;
    if (!months) return [];
    const groups = q.groupBy.map((g) => histGroup(g));
    const entity = q.entities === 'each' ? sql`h.entity_id <> 0` : sql`h.entity_id = any(${q.entities}::bigint[])`;
    const key = q.key === undefined ? sql`true` : sql`h.key = ${q.key}`;
    const deltaKey = sql.raw(deltaDimColumn[q.dim]);
    const deltaKeyIs = q.key === undefined ? sql`true` : sql`${deltaKey} = ${q.key}`;
    // A delta with a bucket counts rwm_count cases in that bucket (kpi_delta, migration 0007).
    const deltas = deltaBranches(q.entities, (e, where) => sql`
      select ${e} as entity_id, ${deltaKey} as key, date_trunc('month', x.day)::date as month, x.bucket, x.rwm_count as n
      from kpi_delta x
      where x.bucket is not null and x.day >= ${months.from}::date and x.day < ${months.to}::date and ${where} and ${deltaKeyIs}`);
    const res = await this.analytic((db) => sql<Record<string, unknown>>`
      select ${groupSelect(groups)}, h.bucket, sum(h.n)::int8 as n
      from (
        select h.entity_id, h.key, h.month, h.bucket, h.n
        from kpi_rwm_hist h
        where h.dim = ${q.dim} and ${entity} and ${key}
          and h.month >= ${months.from}::date and h.month < ${months.to}::date
        union all ${deltas}
      ) h
      group by ${sql.raw(positions(groups.length))}, h.bucket`.execute(db));
    return collectHistograms(res.rows, groups.length);
  }

  /** Resolution-time histograms straight from the cases created in some instant ranges (a period's loose days). */
  async caseHistograms(q: Omit<LiveQuery, 'from' | 'to' | 'now' | 'cuts'> & { ranges: { from: Date; to: Date }[] }): Promise<Grouped<Histogram>[]> {
    if (!q.ranges.length) return [];
    const groups = q.groupBy.map((g) => caseGroup(g, q.dim, q.timeZone));
    const entity = q.entities === 'any' ? sql`true` : sql`c.entity_id = any(${q.entities}::bigint[])`;
    const key = q.key === undefined ? sql`true` : sql`${sql.raw(caseDimColumn[q.dim])} = ${q.key}`;
    const when = sql.join(q.ranges.map((r) => sql`(c.created_at >= ${r.from} and c.created_at < ${r.to})`), sql` or `);
    const res = await this.analytic((db) => sql<Record<string, unknown>>`
      select ${groupSelect(groups)}, kpi_bucket(c.resolution_working_minutes) as bucket, count(*)::int8 as n
      from cases c
      where c.resolved_at is not null and c.resolution_working_minutes is not null
        and (${when}) and ${entity} and ${key}
      group by ${sql.raw(positions(groups.length))}, ${sql.raw(String(Math.max(groups.length, 1) + 1))}`.execute(db));
    return collectHistograms(res.rows, groups.length);
  }

  /** Open cases of the cohort, counted now: by age, breached, first response overdue. */
  async live(q: LiveQuery): Promise<Grouped<KpiLive>[]> {
    const groups = q.groupBy.map((g) => caseGroup(g, q.dim, q.timeZone));
    const [t3, t8, t31] = q.cuts;
    const entity = q.entities === 'any' ? sql`true` : sql`c.entity_id = any(${q.entities}::bigint[])`;
    const key = q.key === undefined ? sql`true` : sql`${sql.raw(caseDimColumn[q.dim])} = ${q.key}`;
    const res = await this.analytic((db) => sql<Record<string, unknown>>`
      select ${groupSelect(groups)},
        count(*) filter (where c.created_at >= ${t3})::int as a0,
        count(*) filter (where c.created_at >= ${t8} and c.created_at < ${t3})::int as a1,
        count(*) filter (where c.created_at >= ${t31} and c.created_at < ${t8})::int as a2,
        count(*) filter (where c.created_at < ${t31})::int as a3,
        count(*) filter (where c.sla_state = 'breached')::int as breached,
        count(*) filter (where c.first_responded_at is null and c.first_response_due_at < ${q.now})::int as fr_overdue
      from cases c
      where c.status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted')
        and c.created_at >= ${q.from} and c.created_at < ${q.to} and ${entity} and ${key}
      ${groupByClause(groups.length)}`.execute(db));
    return res.rows.map((row) => ({
      g: groupsOf(row, groups.length),
      value: {
        ages: [Number(row.a0), Number(row.a1), Number(row.a2), Number(row.a3)],
        openBreached: Number(row.breached),
        frOverdue: Number(row.fr_overdue),
      },
    }));
  }

  /** Map cells: cases per 0.01° cell over whole months, for one service or all (0). */
  async mapCells(monthFrom: string, monthTo: string, serviceId: number) {
    const res = await this.analytic((db) => sql<{ cell_lat: number; cell_lng: number; n: number }>`
      select cell_lat, cell_lng, sum(n)::int8 as n
      from (
        select cell_lat, cell_lng, n
        from kpi_map
        where service_id = ${serviceId} and month >= ${monthFrom}::date and month <= ${monthTo}::date
        union all
        -- unfolded deltas: a located one counts its received cases in its cell
        select x.cell_lat, x.cell_lng, x.received
        from kpi_delta x
        where x.cell_lat is not null and (${serviceId}::int8 = 0 or x.service_id = ${serviceId})
          and date_trunc('month', x.day)::date >= ${monthFrom}::date and date_trunc('month', x.day)::date <= ${monthTo}::date
      ) m
      group by 1, 2
      order by 1, 2`.execute(db));
    return res.rows.map((r) => ({ cellLat: Number(r.cell_lat), cellLng: Number(r.cell_lng), n: Number(r.n) }));
  }

  /** The zone the roll-ups count local dates in. */
  async timeZone(): Promise<string> {
    const row = await this.db.selectFrom('kpi_settings').select('time_zone').executeTakeFirst();
    return row?.time_zone ?? 'Asia/Bahrain';
  }

  services() {
    return this.db
      .selectFrom('services')
      .select(['id', 'code', 'entity_id', 'name_ar', 'name_en'])
      .orderBy('code')
      .execute();
  }

  targets() {
    return this.db.selectFrom('kpi_targets').select(['entity_id', 'indicator', 'target']).execute();
  }

  /** Staff of an entity with a role, for the monthly report's recipients. */
  staffWithRole(entityId: number, role: 'entity_admin') {
    return this.db
      .selectFrom('staff_users')
      .select(['id', 'email', 'name', 'language'])
      .where('entity_id', '=', entityId)
      .where('role', '=', role)
      .where('active', '=', true)
      .execute();
  }
}
