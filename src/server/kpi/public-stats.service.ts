import type { z } from 'zod';
import type { publicMapQuerySchema, publicStatsQuerySchema } from '../../common/schemas/kpi.schema.ts';
import { errors } from '../http/errors.ts';
import { addMonths, monthEnd, monthStart, monthsOf, type Period } from './kpi.period.ts';
import { localDate } from '../../common/zoned-time.ts';
import { presentPeriod, presentPublicFigures } from './kpi.presenter.ts';
import { addGroup, emptyGroup, figuresOf, type GroupData, type KpiReader } from './kpi.reader.ts';
import type { KpiRepository } from './kpi.repository.ts';
import { MAP_GRID, mapCellCentre, mapCellKey, mapCellOf } from './map-grid.ts';
import type { KpiScopes } from '../access/indicator-scope.ts';

type StatsQuery = z.infer<typeof publicStatsQuerySchema>;
type MapQuery = z.infer<typeof publicMapQuerySchema>;

/** At most this many months in one public request. */
const MAX_MONTHS = 36;
/** Map cells holding fewer cases than this are left out, so no single report can be pinned down. */
export const MAP_MINIMUM_COUNT = 3;
export { MAP_GRID };

/** A located case whose place is to be shown to the public. */
export interface PublicPoint {
  serviceId: number;
  createdAt: Date;
  lat: number;
  lng: number;
}

/** One row of the open-data table: a month × entity × service (see README "Open data"). */
export interface OpenDataRow {
  month: string;
  entity_code: string;
  entity_name_ar: string;
  entity_name_en: string;
  service_code: string;
  service_name_ar: string;
  service_name_en: string;
  received: number;
  resolved: number;
  closed: number;
  rejected: number;
  open: number;
  resolution_met: number;
  resolution_late: number;
  first_response_met: number;
  first_response_late: number;
  rated: number;
  rated_satisfied: number;
  reopened: number;
  transferred: number;
  resolved_share: number | null;
  resolution_compliance: number | null;
  first_response_compliance: number | null;
  mean_rating: number | null;
  satisfied_share: number | null;
  survey_response_rate: number | null;
}

/** The columns of the open-data table, in order; a published column keeps its name and meaning. */
export const openDataColumns: (keyof OpenDataRow)[] = [
  'month', 'entity_code', 'entity_name_ar', 'entity_name_en', 'service_code', 'service_name_ar', 'service_name_en',
  'received', 'resolved', 'closed', 'rejected', 'open', 'resolution_met', 'resolution_late', 'first_response_met',
  'first_response_late', 'rated', 'rated_satisfied', 'reopened', 'transferred', 'resolved_share', 'resolution_compliance',
  'first_response_compliance', 'mean_rating', 'satisfied_share', 'survey_response_rate',
];

/** Public transparency: counts and rates per entity, service and month, and where cases come from. No personal data. */
export class PublicStatsService {
  constructor(
    private readonly repo: KpiRepository,
    private readonly reader: KpiReader,
    private readonly scopes: KpiScopes,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whole months from `from` to `to` (YYYY-MM or a date in the month). */
  async period(q: { from?: string; to?: string }): Promise<Period> {
    const today = localDate(this.now(), await this.reader.timeZone());
    const to = monthEnd(q.to ? monthStart(`${q.to.slice(0, 7)}-01`) : today);
    const from = q.from ? monthStart(`${q.from.slice(0, 7)}-01`) : addMonths(monthStart(to), -11);
    if (from > to) throw errors.field('from', 'invalid_period', '`from` must not be after `to`');
    if (monthsOf({ from, to }).length > MAX_MONTHS) throw errors.field('from', 'period_too_long', `At most ${MAX_MONTHS} months`);
    return { from, to };
  }

  async stats(q: StatsQuery) {
    const frame = await this.reader.frame(await this.period(q), this.now());
    const entities = (await this.scopes.entities()).filter((e) => e.kind !== 'unit');
    const [national, perEntity, perService, services] = await Promise.all([
      this.reader.read(frame, { dim: 'all', rows: [0], live: 'any', groupBy: ['month'], hist: true }),
      this.reader.read(frame, { dim: 'all', rows: entities.map((e) => e.id), live: 'any', groupBy: ['entity', 'month'], hist: true }),
      this.reader.read(frame, { dim: 'service', rows: [0], live: 'any', groupBy: ['key', 'month'], hist: false }),
      this.repo.services(),
    ]);
    const months = monthsOf(frame.period);
    const series = (data: Map<string, GroupData>, prefix: string[]) => {
      const total = emptyGroup();
      const list = months.map((m) => {
        const d = data.get([...prefix, m].join('\u0000')) ?? emptyGroup();
        addGroup(total, d);
        return { month: m.slice(0, 7), ...presentPublicFigures(figuresOf(d)) };
      });
      return { totals: presentPublicFigures(figuresOf(total)), months: list };
    };
    const serviceIds = new Set([...perService.values()].map((d) => d.g[0]));
    return {
      period: presentPeriod(frame),
      asOf: frame.now.toISOString(),
      months: months.map((m) => m.slice(0, 7)),
      national: series(national, []),
      entities: entities.map((e) => ({ entity: { code: e.code, name: e.name }, ...series(perEntity, [String(e.id)]) })),
      services: services
        .filter((s) => serviceIds.has(String(s.id)))
        .map((s) => ({ service: { code: s.code, name: { ar: s.name_ar, en: s.name_en } }, ...series(perService, [String(s.id)]) })),
    };
  }

  /** The open-data table: one row per month, entity and service that received cases. */
  async openData(q: StatsQuery): Promise<{ period: Period; rows: OpenDataRow[] }> {
    const frame = await this.reader.frame(await this.period(q), this.now());
    const [data, entities, services] = await Promise.all([
      this.reader.read(frame, { dim: 'service', rows: 'each', live: 'any', groupBy: ['entity', 'key', 'month'], hist: false }),
      this.scopes.entities(),
      this.repo.services(),
    ]);
    const rows: OpenDataRow[] = [];
    for (const d of data.values()) {
      const [entityId, serviceId, month] = d.g;
      const e = entities.find((x) => String(x.id) === entityId);
      const s = services.find((x) => String(x.id) === serviceId);
      if (!e || !s || d.sums.received === 0) continue;
      const f = figuresOf(d);
      rows.push({
        month: month!.slice(0, 7),
        entity_code: e.code,
        entity_name_ar: e.name.ar,
        entity_name_en: e.name.en,
        service_code: s.code,
        service_name_ar: s.name_ar,
        service_name_en: s.name_en,
        received: f.received,
        resolved: f.resolved,
        closed: f.closed,
        rejected: f.rejected,
        open: f.open,
        resolution_met: f.counts.resolutionMet,
        resolution_late: f.counts.resolutionLate,
        first_response_met: f.counts.firstResponseMet,
        first_response_late: f.counts.firstResponseLate,
        rated: f.counts.rated,
        rated_satisfied: f.counts.ratedSatisfied,
        reopened: f.counts.reopened,
        transferred: f.counts.transferred,
        resolved_share: f.resolvedShare,
        resolution_compliance: f.resolutionCompliance,
        first_response_compliance: f.firstResponseCompliance,
        mean_rating: f.meanRating,
        satisfied_share: f.satisfiedShare,
        survey_response_rate: f.surveyResponseRate,
      });
    }
    rows.sort((a, b) => a.month.localeCompare(b.month) || a.entity_code.localeCompare(b.entity_code) || a.service_code.localeCompare(b.service_code));
    return { period: frame.period, rows };
  }

  /** Where cases come from: counts per grid cell; cells under the minimum are left out. */
  async map(q: MapQuery) {
    const period = await this.period(q);
    let serviceId = 0;
    if (q.service) {
      const s = (await this.repo.services()).find((x) => x.code === q.service);
      if (!s) throw errors.serviceNotFound(q.service);
      serviceId = s.id;
    }
    const frame = await this.reader.frame(period, this.now());
    const [cells, sums] = await Promise.all([
      this.repo.mapCells(period.from, period.to, serviceId),
      this.repo.sums({
        dim: serviceId ? 'service' : 'all',
        entities: [0],
        key: serviceId ? String(serviceId) : undefined,
        split: frame.split,
        groupBy: [],
      }),
    ]);
    const located = cells.reduce((t, c) => t + c.n, 0);
    const shown = cells.filter((c) => c.n >= MAP_MINIMUM_COUNT);
    return {
      period: presentPeriod(frame),
      service: q.service ?? null,
      gridDegrees: MAP_GRID,
      minimumCount: MAP_MINIMUM_COUNT,
      received: sums[0]?.value.received ?? 0,
      located,
      suppressed: located - shown.reduce((t, c) => t + c.n, 0),
      cells: shown.map((c) => ({ ...mapCellCentre(c), count: c.n })),
    };
  }

  /**
   * Where the public may see each of some cases: the centre of its grid cell when the map shows that
   * cell for the case's service and month (its finest view), else null — so a list of cases never
   * places one where the map left its cell out.
   */
  async publicPlaces(points: PublicPoint[]): Promise<({ lat: number; lng: number } | null)[]> {
    const timeZone = await this.reader.timeZone();
    const shown = new Map<string, Promise<Set<string>>>();
    const shownCells = (serviceId: number, month: string) => {
      const key = `${serviceId}/${month}`;
      let cells = shown.get(key);
      if (!cells) {
        cells = this.repo
          .mapCells(month, month, serviceId)
          .then((all) => new Set(all.filter((c) => c.n >= MAP_MINIMUM_COUNT).map(mapCellKey)));
        shown.set(key, cells);
      }
      return cells;
    };
    return Promise.all(
      points.map(async (p) => {
        const cell = mapCellOf(p.lat, p.lng);
        const cells = await shownCells(p.serviceId, monthStart(localDate(p.createdAt, timeZone)));
        return cells.has(mapCellKey(cell)) ? mapCellCentre(cell) : null;
      }),
    );
  }
}
