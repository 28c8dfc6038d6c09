import type { StaffActor } from '../auth/actor.ts';
import type { AccessService } from '../access/access.service.ts';
import { errors } from '../http/errors.ts';
import { compositeScore, ranks, type KpiFigures, type Weights } from '../kpi/kpi.formulas.ts';
import { addDays, type Period } from '../kpi/kpi.period.ts';
import { emptyGroup, figuresOf, type KpiReader } from '../kpi/kpi.reader.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { localDate } from '../../common/zoned-time.ts';
import type { PracticeRepository } from './practice.repository.ts';

/** The figures a benchmark compares, each from the KPI layer; which way is better. */
export const benchmarkFigures = {
  medianResolutionMinutes: 'lower',
  firstResponseCompliance: 'higher',
  resolutionCompliance: 'higher',
  reopenRate: 'lower',
  satisfiedShare: 'higher',
} as const;
export type BenchmarkFigure = keyof typeof benchmarkFigures;
const figureNames = Object.keys(benchmarkFigures) as BenchmarkFigure[];

/** An entity's row of a benchmark. */
export interface BenchmarkRow {
  entity: { id: number; code: string; name: { ar: string; en: string } };
  population: number | null;
  received: number;
  /** Cases received per 10,000 residents; null without a population. */
  receivedPer10k: number | null;
  score: number | null;
  rank: number | null;
  figures: Record<BenchmarkFigure, number | null>;
}

/** Rounds to two decimals. */
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Per 10,000 residents. */
export function per10k(count: number, population: number | null): number | null {
  return population && population > 0 ? r2((count * 10_000) / population) : null;
}

/** How comparable two rows are: the smaller volume over the larger (1: same), and the same for population. */
export function comparability(a: BenchmarkRow, b: BenchmarkRow) {
  const ratio = (x: number | null, y: number | null) => (x === null || y === null || Math.max(x, y) === 0 ? null : r2(Math.min(x, y) / Math.max(x, y)));
  return { volumeRatio: ratio(a.received, b.received), populationRatio: ratio(a.population, b.population) };
}

/** Each figure of a row minus the best row's (null where either is missing). */
export function gaps(row: BenchmarkRow, best: BenchmarkRow): Record<BenchmarkFigure, number | null> {
  return Object.fromEntries(
    figureNames.map((k) => {
      const a = row.figures[k];
      const b = best.figures[k];
      return [k, a === null || b === null ? null : r2(a - b)];
    }),
  ) as Record<BenchmarkFigure, number | null>;
}

function pick(f: KpiFigures): Record<BenchmarkFigure, number | null> {
  return Object.fromEntries(figureNames.map((k) => [k, f[k]])) as Record<BenchmarkFigure, number | null>;
}

/**
 * Benchmarks that point to someone: per service, each entity's figures beside the best entity's.
 * The best is the first by the composite score the entity ranking uses (kpi.formulas.ts, the same
 * weights), over the entities that received cases of the service; ties go to the larger volume.
 */
export class BenchmarkService {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly reader: KpiReader,
    private readonly kpi: KpiService,
    private readonly access: AccessService,
    private readonly weights: Weights,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The dashboards' default period (the last twelve months to today). */
  defaultPeriod(): Promise<Period> {
    return this.kpi.period(undefined, undefined);
  }

  /** Every entity's rows per service over a period (all entities: the best is chosen among all). */
  async rowsByService(period: Period, serviceId?: number): Promise<Map<number, BenchmarkRow[]>> {
    const frame = await this.reader.frame(period, this.now());
    const [data, entities] = await Promise.all([
      this.reader.read(frame, { dim: 'service', rows: 'each', live: 'any', key: serviceId === undefined ? undefined : String(serviceId), groupBy: ['key', 'entity'], hist: true }),
      this.repo.entities(),
    ]);
    const byService = new Map<number, BenchmarkRow[]>();
    for (const d of data.values()) {
      const sid = Number(d.g[0]);
      const e = entities.find((x) => String(x.id) === d.g[1]);
      if (!e || e.kind === 'unit' || !Number.isFinite(sid)) continue;
      const f = figuresOf(d);
      if (f.received === 0) continue;
      const row: BenchmarkRow = {
        entity: { id: e.id, code: e.code, name: { ar: e.name_ar, en: e.name_en } },
        population: e.population,
        received: f.received,
        receivedPer10k: per10k(f.received, e.population),
        score: compositeScore(f, this.weights),
        rank: null,
        figures: pick(f),
      };
      const list = byService.get(sid) ?? [];
      list.push(row);
      byService.set(sid, list);
    }
    for (const list of byService.values()) {
      const rk = ranks(list.map((r) => r.score));
      list.forEach((r, i) => (r.rank = rk[i]!));
      list.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.received - a.received || a.entity.code.localeCompare(b.entity.code));
    }
    return byService;
  }

  /** The benchmark answer: the ministry sees every entity, an entity itself; both beside the best. */
  async benchmarks(actor: StaffActor, q: { service?: string; from?: string; to?: string }) {
    const visible = new Set(await this.access.entityIds(actor, 'indicator', 'read'));
    const period = await this.kpi.period(q.from, q.to);
    const service = q.service === undefined ? undefined : await this.repo.serviceByCode(q.service);
    if (q.service !== undefined && !service) throw errors.serviceNotFound(q.service);
    const [rows, services] = await Promise.all([this.rowsByService(period, service?.id), this.repo.services()]);
    const out = [];
    for (const s of services) {
      const list = rows.get(s.id);
      if (!list?.length) continue;
      const best = list[0]!;
      const items = list
        .filter((r) => visible.has(r.entity.id))
        .map((r) => ({ ...presentRow(r), gap: gaps(r, best), comparability: comparability(r, best) }));
      if (!items.length) continue;
      out.push({ service: { code: s.code, name: { ar: s.name_ar, en: s.name_en } }, entities: list.length, best: presentRow(best), items });
    }
    return { period, bestBy: 'compositeScore' as const, figures: benchmarkFigures, items: out };
  }

  /**
   * An entity's and a source's figures for one service in two periods of equal length: the days
   * before `at` (local date) and from it on.
   */
  async beforeAfter(serviceId: number, entityIds: number[], at: Date, days: number) {
    const tz = await this.reader.timeZone();
    const day = localDate(at, tz);
    const periods = { before: { from: addDays(day, -days), to: addDays(day, -1) }, after: { from: day, to: addDays(day, days - 1) } };
    const read = async (p: Period) => {
      const frame = await this.reader.frame(p, this.now());
      const data = await this.reader.read(frame, { dim: 'service', rows: entityIds, live: entityIds, key: String(serviceId), groupBy: ['entity'], hist: true });
      return entityIds.map((id) => figuresOf(data.get(String(id)) ?? emptyGroup()));
    };
    const [before, after] = await Promise.all([read(periods.before), read(periods.after)]);
    return { periods, before, after };
  }
}

function presentRow(r: BenchmarkRow) {
  return {
    entity: { code: r.entity.code, name: r.entity.name },
    population: r.population,
    received: r.received,
    receivedPer10k: r.receivedPer10k,
    score: r.score,
    rank: r.rank,
    figures: r.figures,
  };
}
