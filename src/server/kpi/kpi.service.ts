import type { z } from 'zod';
import type {
  KpiDim,
  kpiBreachesQuerySchema,
  kpiBreakdownQuerySchema,
  kpiEntitiesQuerySchema,
  kpiTrendsQuerySchema,
} from '../../common/schemas/kpi.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';
import { OPEN_STATUSES } from './kpi.drilldown.ts';
import {
  compositeScore,
  meetsTarget,
  normalisedWeights,
  parseWeights,
  pct,
  isRankedPeer,
  ranks,
  standings,
  targetDirections,
  type KpiFigures,
  type TargetIndicator,
  type Weights,
} from './kpi.formulas.ts';
import { enumLabel } from './kpi.labels.ts';
import { addDays, addMonths, monthStart, resolvePeriod, weekStart, type Period } from './kpi.period.ts';
import { localDate, startOfLocalDay } from '../../common/zoned-time.ts';
import { createdFilter, presentDrillDown, presentFigures, presentPeriod } from './kpi.presenter.ts';
import { addGroup, emptyGroup, figuresOf, type Frame, type KpiReader } from './kpi.reader.ts';
import type { Dim, KpiRepository } from './kpi.repository.ts';
import { requireStaff } from '../access/access.service.ts';
import type { EntityInfo, KpiScope, KpiScopes } from '../access/indicator-scope.ts';

type EntitiesQuery = z.infer<typeof kpiEntitiesQuerySchema>;
type BreakdownQuery = z.infer<typeof kpiBreakdownQuerySchema>;
type TrendsQuery = z.infer<typeof kpiTrendsQuerySchema>;
type BreachesQuery = z.infer<typeof kpiBreachesQuerySchema>;

/** How far back a dashboard may look in one request. */
const MAX_SPAN_DAYS = 3 * 366;

/** Staff dashboards: indicators per entity (ranked), per dimension, over time, and breach drivers. */
/**
 * The case-list filter of the entity a report is about: a unit's cases are held by its entity and
 * carry the unit, so a unit is `unit=`, anything else `entity=`.
 */
function entityFilter(scope: KpiScope, code: string | undefined): Record<string, string> {
  if (!code) return {};
  return scope.entities.find((e) => e.code === code)?.kind === 'unit' ? { unit: code } : { entity: code };
}

export class KpiService {
  constructor(
    private readonly repo: KpiRepository,
    private readonly reader: KpiReader,
    private readonly scopes: KpiScopes,
    private readonly weights: Weights,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The period a request names, checked. */
  async period(from: string | undefined, to: string | undefined): Promise<Period> {
    const today = localDate(this.now(), await this.reader.timeZone());
    const p = resolvePeriod(from, to, today);
    if (p.from > p.to) throw errors.field('from', 'invalid_period', '`from` must not be after `to`');
    if (Date.parse(p.to) - Date.parse(p.from) > MAX_SPAN_DAYS * 86_400_000) {
      throw errors.field('from', 'period_too_long', `At most ${MAX_SPAN_DAYS} days`);
    }
    return p;
  }

  /** Per entity: every figure, composite score and rank among all entities, targets and the national figures. */
  async entities(actor: Actor, q: EntitiesQuery) {
    return this.entitiesIn(await this.scopes.of(requireStaff(actor, 'indicator')), q);
  }

  /** {@link entities} for a scope already decided (the monthly report uses an entity's own). */
  async entitiesIn(scope: KpiScope, q: EntitiesQuery) {
    let weights = this.weights;
    try {
      if (q.weights) weights = parseWeights(q.weights, this.weights);
    } catch (error) {
      throw errors.field('weights', 'invalid_weights', (error as Error).message);
    }
    const [frame, targetRows] = await Promise.all([this.frame(q), this.repo.targets()]);
    const ranked = scope.entities.filter((e) => e.kind !== 'unit');
    const [perEntity, nationalData] = await Promise.all([
      this.reader.read(frame, { dim: 'all', rows: ranked.map((e) => e.id), live: 'any', groupBy: ['entity'], hist: true }),
      this.reader.read(frame, { dim: 'all', rows: [0], live: 'any', groupBy: [], hist: true }),
    ]);
    const national = figuresOf(nationalData.values().next().value ?? emptyGroup());
    const figs = ranked.map((e) => figuresOf(perEntity.get(String(e.id)) ?? emptyGroup()));
    const scores = figs.map((f) => compositeScore(f, weights));
    const peer = ranked.map((e) => isRankedPeer(e, scope.entities));
    const rank = ranks(scores.map((s, i) => (peer[i] ? s : null)));
    const standing = standings(rank);
    const items = ranked.flatMap((e, i) => {
      if (!scope.visible.has(e.id)) return [];
      const f = figs[i]!;
      const targets = targetsOf(targetRows, e.id, f, national);
      return [
        { entity: ref(e), rank: rank[i]!, score: scores[i]!, parent: !peer[i], standing: standing[i]!, filter: { entity: e.code }, figures: presentFigures(f), targets },
      ];
    });
    items.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.entity.code.localeCompare(b.entity.code));
    return {
      period: presentPeriod(frame),
      asOf: frame.now.toISOString(),
      weights: normalisedWeights(weights),
      national: presentFigures(national),
      rankedEntities: rank.filter((r) => r !== null).length,
      items,
      drillDown: presentDrillDown(frame),
    };
  }

  /**
   * One entity's figures over everything it holds — its own cases and those of the entities below
   * it — with its targets and its rank: what its monthly report carries. For the entity at the top
   * of the hierarchy this is the national total. Null for an entity outside the scope.
   */
  async entitySummaryIn(scope: KpiScope, entityId: number, q: EntitiesQuery) {
    const e = scope.entities.find((x) => x.id === entityId);
    if (!e || !scope.visible.has(entityId)) return null;
    const [ranking, frame, targetRows] = await Promise.all([this.entitiesIn(scope, q), this.frame(q), this.repo.targets()]);
    const data = await this.reader.read(frame, { dim: 'all', rows: scope.rows, live: scope.live, groupBy: [], hist: true });
    const f = figuresOf(data.values().next().value ?? emptyGroup());
    const own = ranking.items.find((i) => i.entity.code === e.code);
    const national = ranking.national;
    return {
      entity: ref(e),
      rank: own?.rank ?? null,
      score: own?.score ?? null,
      rankedEntities: ranking.rankedEntities,
      figures: presentFigures(f),
      targets: targetsOf(targetRows, e.id, f, national),
      national,
    };
  }

  /** The figures grouped by one dimension, inside the scope (or one entity of it). */
  async breakdown(actor: Actor, q: BreakdownQuery) {
    return this.breakdownIn(await this.scopes.of(requireStaff(actor, 'indicator'), q.entity), q);
  }

  async breakdownIn(scope: KpiScope, q: BreakdownQuery) {
    const frame = await this.frame(q);
    const data = await this.reader.read(frame, { dim: q.by, rows: scope.rows, live: scope.live, groupBy: ['key'], hist: true });
    const namer = await this.namer(q.by, scope.entities);
    const total = emptyGroup();
    const items = [...data.values()].map((d) => {
      const key = d.g[0] ?? '';
      const named = namer(key);
      return { key: named.code, name: named.name, filter: { ...named.filter, ...entityFilter(scope, q.entity) }, figures: presentFigures(figuresOf(d)), data: d };
    });
    for (const it of items) addGroup(total, it.data);
    items.sort((a, b) => b.figures.received - a.figures.received || a.key.localeCompare(b.key));
    return {
      period: presentPeriod(frame),
      asOf: frame.now.toISOString(),
      by: q.by,
      items: items.map(({ data: _d, ...rest }) => rest),
      total: presentFigures(figuresOf(total)),
      drillDown: presentDrillDown(frame),
    };
  }

  /** The figures week by week or month by month, for the scope or one entity and one dimension value. */
  async trends(actor: Actor, q: TrendsQuery) {
    return this.trendsIn(await this.scopes.of(requireStaff(actor, 'indicator'), q.entity), q);
  }

  async trendsIn(scope: KpiScope, q: TrendsQuery) {
    const dims = (['service', 'type', 'channel', 'governorate', 'unit'] as const).filter((d) => q[d] !== undefined);
    if (dims.length > 1) throw errors.field(dims[1]!, 'one_dimension', 'Filter by at most one of service, type, channel, governorate, unit');
    const frame = await this.frame(q, q.by === 'week');
    const dim: Dim = dims[0] ?? 'all';
    const key = dims[0] ? await this.keyOf(dims[0], q[dims[0]]!, scope.entities) : undefined;
    const data = await this.reader.read(frame, { dim, rows: scope.rows, live: scope.live, key, groupBy: [q.by], hist: true });
    const starts: string[] = [];
    const first = q.by === 'week' ? weekStart(frame.period.from) : monthStart(frame.period.from);
    for (let s = first; s <= frame.period.to; s = q.by === 'week' ? addDays(s, 7) : addMonths(s, 1)) starts.push(s);
    const points = starts.map((s, i) => {
      const next = starts[i + 1] ?? (q.by === 'week' ? addDays(s, 7) : addMonths(s, 1));
      const from = s < frame.period.from ? frame.period.from : s;
      const end = addDays(next, -1) > frame.period.to ? frame.period.to : addDays(next, -1);
      const filter = createdFilter(frame, startOfLocalDay(from, frame.timeZone), startOfLocalDay(addDays(end, 1), frame.timeZone));
      return { start: from, end, filter, figures: presentFigures(figuresOf(data.get(s) ?? emptyGroup())) };
    });
    const filter: Record<string, string> = {};
    Object.assign(filter, entityFilter(scope, q.entity));
    if (dims[0]) filter[dims[0]] = q[dims[0]]!;
    return { period: presentPeriod(frame), asOf: frame.now.toISOString(), by: q.by, filter, points, drillDown: presentDrillDown(frame) };
  }

  /** The services with the most breaches (resolved late or open past target), with their share. */
  async breaches(actor: Actor, q: BreachesQuery) {
    return this.breachesIn(await this.scopes.of(requireStaff(actor, 'indicator'), q.entity), q);
  }

  async breachesIn(scope: KpiScope, q: BreachesQuery) {
    const frame = await this.frame(q);
    const data = await this.reader.read(frame, { dim: 'service', rows: scope.rows, live: scope.live, groupBy: ['key'], hist: false });
    const namer = await this.namer('service', scope.entities);
    const rows = [...data.values()].map((d) => ({ d, f: figuresOf(d) })).filter((r) => r.f.counts.resolutionLate > 0);
    const totalBreaches = rows.reduce((t, r) => t + r.f.counts.resolutionLate, 0);
    const rateOf = (f: KpiFigures) => pct(f.counts.resolutionLate, f.counts.resolutionMet + f.counts.resolutionLate) ?? 0;
    const byCount = (a: { f: KpiFigures }, b: { f: KpiFigures }) => b.f.counts.resolutionLate - a.f.counts.resolutionLate;
    // By rate, a service's share of its own decided cases that breached; equal rates: more breaches first.
    rows.sort(q.order === 'rate' ? (a, b) => rateOf(b.f) - rateOf(a.f) || byCount(a, b) : byCount);
    let running = 0;
    const items = rows.slice(0, q.limit ?? 10).map(({ d, f }) => {
      const named = namer(d.g[0] ?? '');
      running += f.counts.resolutionLate;
      return {
        service: { code: named.code, name: named.name ?? { ar: named.code, en: named.code } },
        filter: { ...named.filter, ...entityFilter(scope, q.entity) },
        breaches: f.counts.resolutionLate,
        breachRate: pct(f.counts.resolutionLate, f.counts.resolutionMet + f.counts.resolutionLate),
        share: pct(f.counts.resolutionLate, totalBreaches),
        cumulativeShare: pct(running, totalBreaches),
        received: f.received,
      };
    });
    const done = 'resolved,closed';
    return {
      period: presentPeriod(frame),
      asOf: frame.now.toISOString(),
      totalBreaches,
      order: q.order ?? 'count',
      items,
      drillDown: {
        base: presentDrillDown(frame).base,
        cases: [
          { status: done, slaState: 'breached' },
          { status: OPEN_STATUSES, slaState: 'breached' },
        ],
      },
    };
  }

  private async frame(q: { from?: string; to?: string }, daysOnly = false): Promise<Frame> {
    return this.reader.frame(await this.period(q.from, q.to), this.now(), { daysOnly });
  }

  /** The roll-up key of a dimension value named in a request (service and unit by code). */
  private async keyOf(dim: KpiDim, value: string, entities: EntityInfo[]): Promise<string> {
    if (dim === 'service') {
      const s = (await this.repo.services()).find((x) => x.code === value);
      if (!s) throw errors.serviceNotFound(value);
      return String(s.id);
    }
    if (dim === 'unit') {
      const u = entities.find((e) => e.code === value);
      if (!u) throw errors.notFound('unit');
      return String(u.id);
    }
    return value;
  }

  /** Names a roll-up key of a dimension: its code, bilingual name and case-list filter. */
  private async namer(dim: KpiDim, entities: EntityInfo[]) {
    const services = dim === 'service' ? await this.repo.services() : [];
    return (key: string): { code: string; name: { ar: string; en: string } | null; filter: Record<string, string> } => {
      if (dim === 'service') {
        const s = services.find((x) => String(x.id) === key);
        return s ? { code: s.code, name: { ar: s.name_ar, en: s.name_en }, filter: { service: s.code } } : { code: key, name: null, filter: {} };
      }
      if (dim === 'unit') {
        const u = entities.find((e) => String(e.id) === key);
        return u ? { code: u.code, name: u.name, filter: { unit: u.code } } : { code: '', name: null, filter: {} };
      }
      return { code: key, name: key ? enumLabel(dim, key) : null, filter: key ? { [dim]: key } : {} };
    };
  }
}

/** Each target indicator of an entity: its value, its target (the entity's own, else the default), whether met, the national figure. */
function targetsOf(targetRows: { entity_id: number | null; indicator: string; target: unknown }[], entityId: number, f: KpiFigures, national: KpiFigures) {
  const targetOf = (ind: string) =>
    Number(targetRows.find((t) => t.entity_id === entityId && t.indicator === ind)?.target ??
      targetRows.find((t) => t.entity_id === null && t.indicator === ind)?.target ?? NaN);
  return Object.fromEntries(
    (Object.keys(targetDirections) as TargetIndicator[]).map((ind) => {
      const t = targetOf(ind);
      const target = Number.isNaN(t) ? null : t;
      return [ind, { value: f[ind], target, meetsTarget: meetsTarget(ind, f[ind], target), national: national[ind] }];
    }),
  ) as Record<TargetIndicator, { value: number | null; target: number | null; meetsTarget: boolean | null; national: number | null }>;
}

function ref(e: EntityInfo) {
  return { code: e.code, name: e.name };
}

