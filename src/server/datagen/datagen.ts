import { sql, type Kysely } from 'kysely';
import { normalizeForIndex } from '../../common/arabic.ts';
import { governorates, type CasePriority, type CaseType, type Governorate } from '../../common/enums.ts';
import { formatReference } from '../../common/reference.ts';
import { yearIn } from '../../common/zoned-time.ts';
import { ReferenceRepository } from '../cases/reference.repository.ts';
import type { DB } from '../db/schema.ts';
import { addMonths, dateOf, dayNumber } from '../kpi/kpi.period.ts';
import { localDate, startOfLocalDay } from '../../common/zoned-time.ts';
import { compileCalendar, type WorkInterval } from '../sla/working-time.ts';
import { generateCase, type GenCase, type GenPolicy, type GenService } from './datagen.model.ts';
import { governorateWeights } from './datagen.places.ts';
import type { DatagenPhase } from './datagen.progress.ts';
import { Random, WeightedIndex } from './datagen.random.ts';

export interface DatagenOptions {
  cases: number;
  /** How far back the cases go; default 24 months. */
  months?: number;
  seed?: number;
  now?: Date;
  /** Rows per INSERT statement. */
  batch?: number;
  /** Also write the timeline's `created` and resolution events (default true). */
  events?: boolean;
  log?: (line: string) => void;
  /** Called after each batch with the cases written so far, and at each later phase. */
  onProgress?: (done: number, phase?: DatagenPhase) => void;
}

/** Units the generator adds under each municipality, and which service groups each handles. */
const unitPlan = [
  { suffix: 'roads', ar: 'قسم الطرق والإنارة والصرف', en: 'Roads, lighting and drainage section', groups: ['roads', 'lighting', 'drainage', 'advertising'] },
  { suffix: 'health', ar: 'قسم الصحة العامة والنظافة', en: 'Public health and cleanliness section', groups: ['cleanliness', 'pests', 'markets', 'health_environment'] },
  { suffix: 'services', ar: 'قسم الخدمات والتراخيص', en: 'Services and permits section', groups: [] as string[] },
];

const seasonal: Record<string, (month: number) => number> = {
  drainage: (m) => ([11, 12, 1, 2].includes(m) ? 3 : 0.7),
  pests: (m) => (m >= 5 && m <= 9 ? 1.6 : 0.8),
  parks: (m) => ([11, 12, 1, 2, 3].includes(m) ? 1.3 : 0.9),
  lighting: (m) => ([10, 11, 12, 1, 2].includes(m) ? 1.2 : 1),
};

const weekday = (date: string) => (((dayNumber(date) + 4) % 7) + 7) % 7;

/** How busy a local day is: weekly rhythm, seasons, Ramadan and Eid, slow growth. */
function dayWeight(date: string, t: number, r: Random): number {
  const wd = [1.15, 1, 1, 1, 0.95, 0.35, 0.6][weekday(date)]!;
  const month = Number(date.slice(5, 7));
  const season = [6, 7, 8].includes(month) ? 1.15 : [12, 1, 2].includes(month) ? 1.1 : 0.95;
  const ramadan = (date >= '2025-03-01' && date <= '2025-03-29') || (date >= '2026-02-18' && date <= '2026-03-18') ? 0.8 : 1;
  const eid = ['2025-03-30', '2025-03-31', '2025-04-01', '2025-06-06', '2025-06-07', '2026-03-19', '2026-03-20', '2026-05-27', '2026-05-28'].includes(date) ? 0.4 : 1;
  return wd * season * ramadan * eid * (1 + 0.35 * t) * (0.9 + 0.2 * r.next());
}

/** Reads the catalogue, routing, units and the default SLA policy the generated cases use. */
async function loadWorld(db: Kysely<DB>) {
  const policyRow = await db.selectFrom('sla_policies').selectAll().orderBy('is_default', 'desc').orderBy('id').executeTakeFirst();
  if (!policyRow) throw new Error('No SLA policy: seed the demo first (tawasul seed --demo).');
  const [cal, holidays, overrides, targets] = await Promise.all([
    db.selectFrom('calendars').selectAll().where('id', '=', policyRow.calendar_id).executeTakeFirstOrThrow(),
    db.selectFrom('calendar_holidays').selectAll().where('calendar_id', '=', policyRow.calendar_id).execute(),
    db.selectFrom('calendar_overrides').selectAll().where('calendar_id', '=', policyRow.calendar_id).execute(),
    db.selectFrom('sla_targets').selectAll().where('policy_id', '=', policyRow.id).execute(),
  ]);
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  const calendar = compileCalendar({
    timeZone: cal.time_zone,
    week: json<WorkInterval[][]>(cal.week),
    holidays: holidays.map((h) => ({ date: h.date, intervals: h.off_intervals ? json<WorkInterval[]>(h.off_intervals) : undefined })),
    overrides: overrides.map((o) => ({ from: o.from_date, to: o.to_date, week: json<WorkInterval[][]>(o.week) })),
  });
  const policy: GenPolicy = {
    id: policyRow.id,
    calendarId: policyRow.calendar_id,
    calendar,
    target(type: CaseType, priority: CasePriority) {
      const score = (t: (typeof targets)[number]) =>
        (t.case_type === type ? 2 : t.case_type === null ? 0 : -9) + (t.priority === priority ? 1 : t.priority === null ? 0 : -9);
      const best = targets.filter((t) => score(t) >= 0).sort((a, b) => score(b) - score(a))[0];
      const f = best?.unit === 'calendar_days' ? 1440 : 1;
      return { firstResponse: (best?.first_response_target ?? 435) * f, resolution: (best?.resolution_target ?? 4350) * f };
    },
  };
  const entities = await db.selectFrom('entities').select(['id', 'code', 'kind', 'parent_id', 'governorate', 'name_ar', 'name_en']).orderBy('id').execute();
  const municipalities = entities.filter((e) => e.kind === 'municipality');
  const units = new Map<string, number>();
  for (const m of municipalities) {
    for (const u of unitPlan) {
      const code = `${m.code}-${u.suffix}`;
      let row = entities.find((e) => e.code === code);
      if (!row) {
        const id = (
          await db
            .insertInto('entities')
            .values({ code, parent_id: m.id, kind: 'unit', name_ar: `${u.ar} — ${m.name_ar}`, name_en: `${u.en}, ${m.name_en}`, governorate: m.governorate })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
        row = { id, code, kind: 'unit', parent_id: m.id, governorate: m.governorate, name_ar: u.ar, name_en: u.en };
      }
      units.set(`${m.id}:${u.suffix}`, row.id);
    }
  }
  const rows = await db
    .selectFrom('services as s')
    .innerJoin('service_groups as g', 'g.id', 's.group_id')
    .select(['s.id', 's.code', 'g.code as group', 's.types', 's.anonymous_allowed', 's.default_priority', 's.entity_id'])
    .where('s.active', '=', true)
    .orderBy('s.code')
    .execute();
  const routes = await db.selectFrom('service_routes').selectAll().execute();
  const services: GenService[] = rows.map((s) => {
    const unitFor = (entityId: number) => units.get(`${entityId}:${(unitPlan.find((u) => u.groups.includes(s.group)) ?? unitPlan[2]!).suffix}`) ?? null;
    return {
      id: s.id,
      code: s.code,
      group: s.group,
      types: s.types,
      anonymousAllowed: s.anonymous_allowed,
      defaultPriority: s.default_priority,
      ownerEntityId: s.entity_id,
      routes: new Map(
        routes.filter((r) => r.service_id === s.id).map((r) => [r.governorate, { entityId: r.entity_id, unitId: r.unit_id ?? unitFor(r.entity_id) }]),
      ),
    };
  });
  const entityOrder = municipalities.map((e) => e.id);
  return { policy, services, entityIndex: (id: number) => (entityOrder.includes(id) ? entityOrder.indexOf(id) : 4), timeZone: cal.time_zone };
}

const columns: [keyof GenCase | 'reference' | 'tracking_token_hash' | 'search_text', string][] = [
  ['reference', 'text'], ['tracking_token_hash', 'text'], ['type', 'text'], ['status', 'text'], ['priority', 'text'], ['channel', 'text'],
  ['service_id', 'int8'], ['entity_id', 'int8'], ['unit_id', 'int8'], ['anonymous', 'bool'], ['contact_name', 'text'],
  ['contact_phone', 'text'], ['contact_email', 'text'], ['contact_national_id', 'text'], ['description', 'text'], ['language', 'text'],
  ['lat', 'float8'], ['lng', 'float8'], ['governorate', 'text'], ['area', 'text'], ['search_text', 'text'], ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'], ['sla_policy_id', 'int8'], ['sla_calendar_id', 'int8'], ['sla_started_at', 'timestamptz'],
  ['sla_resolution_target', 'int4'], ['sla_first_response_target', 'int4'], ['first_response_due_at', 'timestamptz'],
  ['resolution_due_at', 'timestamptz'], ['first_responded_at', 'timestamptz'], ['first_response_working_minutes', 'int4'],
  ['resolved_at', 'timestamptz'], ['resolution_working_minutes', 'int4'], ['closed_at', 'timestamptz'], ['sla_state', 'text'],
  ['sla_next_check_at', 'timestamptz'], ['sla_paused_at', 'timestamptz'], ['sla_paused_minutes', 'int4'], ['escalation_level', 'int4'],
  ['rating', 'int2'], ['rated_at', 'timestamptz'], ['reopen_count', 'int4'], ['transfer_count', 'int4'],
];

/** Inserts one batch with one statement: a column of values per array parameter. */
async function insertBatch(db: Kysely<DB>, rows: Record<string, unknown>[]): Promise<void> {
  const arrays = columns.map(([name, type]) => {
    const values = rows.map((r) => {
      const v = r[name];
      return v instanceof Date ? v.toISOString() : (v ?? null);
    });
    return sql`${values}::${sql.raw(type)}[]`;
  });
  await sql`insert into cases (${sql.join(columns.map(([n]) => sql.ref(n)))})
    select * from unnest(${sql.join(arrays)})`.execute(db);
}

/** Takes `n` reference serials of a year from its sequence; answers the first. */
async function reserveSerials(db: Kysely<DB>, year: number, n: number): Promise<number> {
  await new ReferenceRepository(db).ensureYearSequence(year);
  const seq = `case_ref_${year}`;
  const res = await sql<{ last: number }>`select setval(${seq}::regclass, nextval(${seq}::regclass) + ${n - 1}) as last`.execute(db);
  return Number(res.rows[0]!.last) - n + 1;
}

/** Draws cases one by one: day by weight, service by popularity and season, governorate by population. */
class CaseSampler {
  private readonly days: string[] = [];
  private readonly dayIndex: WeightedIndex;
  private readonly byMonth = new Map<number, WeightedIndex>();
  private readonly govIndex = new WeightedIndex(governorates.map((g) => governorateWeights[g]));
  private readonly midnight = new Map<string, number>();

  constructor(
    private readonly world: Awaited<ReturnType<typeof loadWorld>>,
    private readonly r: Random,
    private readonly now: number,
    months: number,
  ) {
    const today = localDate(new Date(now), world.timeZone);
    for (let d = dayNumber(addMonths(today, -months)); d <= dayNumber(today); d++) this.days.push(dateOf(d));
    this.dayIndex = new WeightedIndex(this.days.map((d, i) => dayWeight(d, i / this.days.length, r)));
    const order = world.services.map((_, i) => i).sort(() => r.next() - 0.5);
    const zipf = new Map(order.map((svc, rank) => [svc, 1 / Math.pow(rank + 1, 0.9)]));
    for (let m = 1; m <= 12; m++) {
      this.byMonth.set(m, new WeightedIndex(world.services.map((s, i) => zipf.get(i)! * (seasonal[s.group]?.(m) ?? 1))));
    }
  }

  next(serial: number): GenCase {
    const day = this.days[this.dayIndex.draw(this.r)]!;
    let m0 = this.midnight.get(day);
    if (m0 === undefined) this.midnight.set(day, (m0 = startOfLocalDay(day, this.world.timeZone).getTime()));
    const svc = this.world.services[this.byMonth.get(Number(day.slice(5, 7)))!.draw(this.r)]!;
    const gov = governorates[this.govIndex.draw(this.r)] as Governorate;
    return generateCase(this.r, serial, m0, gov, svc, this.world.policy, this.world.entityIndex, this.now);
  }
}

/** Gives each case its year-scoped reference from the year's sequence (as intake would). */
async function referencesFor(db: Kysely<DB>, cases: GenCase[], timeZone: string): Promise<string[]> {
  const years = new Map<number, number[]>();
  cases.forEach((c, i) => {
    const y = yearIn(timeZone, c.created_at);
    let list = years.get(y);
    if (!list) years.set(y, (list = []));
    list.push(i);
  });
  const refs: string[] = new Array(cases.length);
  for (const [year, idx] of years) {
    const start = await reserveSerials(db, year, idx.length);
    idx.forEach((i, k) => (refs[i] = formatReference(year, start + k)));
  }
  return refs;
}

/** The timeline's `created` event of each new case and the resolution reply of each resolved one. */
async function writeEvents(db: Kysely<DB>, firstId: number): Promise<void> {
  await sql`insert into case_events (case_id, kind, visibility, actor_type, data, created_at)
    select id, 'created', 'public', 'citizen', '{}'::jsonb, created_at from cases where id >= ${firstId}`.execute(db);
  await sql`insert into case_events (case_id, kind, visibility, actor_type, body, data, created_at)
    select id, 'public_reply', 'public', 'staff', 'تمت معالجة البلاغ. شكرًا لتواصلكم.',
      jsonb_build_object('to', 'resolved', 'resolution', true), resolved_at
    from cases where id >= ${firstId} and resolved_at is not null`.execute(db);
}

/**
 * Fills the database with `cases` realistic cases over the last `months` months (see README
 * "Generated data"): Arabic and English descriptions, places inside Bahrain by governorate, weekly
 * and seasonal rhythm, SLA columns consistent with the default policy's calendar and targets.
 * A bulk load: the roll-up insert trigger is off while it runs and the roll-ups are rebuilt once
 * at the end (one set-based pass instead of an upsert per batch).
 */
export async function generateCases(db: Kysely<DB>, opts: DatagenOptions): Promise<{ inserted: number; firstId: number; ms: number }> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const progress = opts.onProgress ?? (() => {});
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const r = new Random(opts.seed ?? 20261128);
  const world = await loadWorld(db);
  const sampler = new CaseSampler(world, r, (opts.now ?? new Date()).getTime(), opts.months ?? 24);
  const batchSize = opts.batch ?? 5000;
  const before = await sql<{ id: number }>`select coalesce(max(id), 0)::int8 as id from cases`.execute(db);
  const firstId = Number(before.rows[0]!.id) + 1;
  let inserted = 0;
  await sql`alter table cases disable trigger kpi_cases_insert`.execute(db);
  try {
    while (inserted < opts.cases) {
      const gen = Array.from({ length: Math.min(batchSize, opts.cases - inserted) }, (_, i) => sampler.next(inserted + i + 1));
      const refs = await referencesFor(db, gen, world.timeZone);
      await insertBatch(
        db,
        gen.map((c, i) => ({ ...c, reference: refs[i], tracking_token_hash: r.hex(64), search_text: normalizeForIndex(c.description) })),
      );
      inserted += gen.length;
      progress(inserted);
      if (inserted % (batchSize * 20) === 0 || inserted === opts.cases) log(`${inserted} cases (${seconds()} s)`);
    }
  } finally {
    await sql`alter table cases enable trigger kpi_cases_insert`.execute(db);
  }
  progress(inserted, 'indicators');
  await sql`select kpi_rebuild()`.execute(db);
  log(`roll-ups rebuilt (${seconds()} s)`);
  if (opts.events ?? true) {
    progress(inserted, 'timelines');
    await writeEvents(db, firstId);
    log(`events written (${seconds()} s)`);
  }
  progress(inserted, 'statistics');
  for (const table of ['cases', 'kpi_rollup', 'kpi_rwm_hist', 'kpi_map']) await sql`analyze ${sql.table(table)}`.execute(db);
  return { inserted, firstId, ms: Date.now() - started };
}
