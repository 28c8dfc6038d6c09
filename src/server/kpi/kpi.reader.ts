import { ageCuts } from './kpi.drilldown.ts';
import {
  addHistogram,
  addLive,
  addSums,
  emptyLive,
  emptySums,
  figures,
  type Histogram,
  type KpiFigures,
  type KpiLive,
  type KpiSums,
} from './kpi.formulas.ts';
import { addDays, splitGrains, type GrainSplit, type Period } from './kpi.period.ts';
import { startOfLocalDay } from '../../common/zoned-time.ts';
import type { Dim, EntityRows, GroupBy, KpiRepository } from './kpi.repository.ts';

/** A period made concrete: its roll-up split, its instants, and the moment of asking. */
export interface Frame {
  period: Period;
  split: GrainSplit;
  timeZone: string;
  now: Date;
  /** Creation instants [fromTs, toTs) of the period. */
  fromTs: Date;
  toTs: Date;
  cuts: [Date, Date, Date];
}

/** Which cases to count and how to group them. */
export interface Selection {
  dim: Dim;
  /** Roll-up rows: `[0]` national, entity ids, or 'each' entity row. */
  rows: EntityRows;
  /** The same scope for the live counts of open cases. */
  live: number[] | 'any';
  key?: string;
  groupBy: GroupBy[];
  /** Read the resolution-time histograms too (percentiles; not for weekly groups). */
  hist: boolean;
}

/** Raw counts of one group; additive, so groups can be summed before the figures are taken. */
export interface GroupData {
  g: string[];
  sums: KpiSums;
  live: KpiLive;
  hist: Histogram;
}

export const emptyGroup = (g: string[] = []): GroupData => ({ g, sums: emptySums(), live: emptyLive(), hist: new Map() });

/** Adds b into a (in place). */
export function addGroup(a: GroupData, b: GroupData): GroupData {
  addSums(a.sums, b.sums);
  addLive(a.live, b.live);
  addHistogram(a.hist, b.hist);
  return a;
}

export function figuresOf(d: GroupData): KpiFigures {
  return figures(d.sums, d.live, d.hist);
}

/** Reads roll-up sums, histograms and live counts together and joins them by group. */
export class KpiReader {
  #zone: { at: number; value: string } | undefined;

  constructor(private readonly repo: KpiRepository) {}

  async frame(period: Period, now: Date, opts: { daysOnly?: boolean } = {}): Promise<Frame> {
    const timeZone = await this.timeZone();
    return {
      period,
      split: opts.daysOnly ? { months: null, days: [{ ...period }] } : splitGrains(period),
      timeZone,
      now,
      fromTs: startOfLocalDay(period.from, timeZone),
      toTs: startOfLocalDay(addDays(period.to, 1), timeZone),
      cuts: ageCuts(now),
    };
  }

  async timeZone(): Promise<string> {
    if (!this.#zone || Date.now() - this.#zone.at > 60_000) this.#zone = { at: Date.now(), value: await this.repo.timeZone() };
    return this.#zone.value;
  }

  /** Group id (the group values joined) → the group's raw counts. */
  async read(frame: Frame, sel: Selection): Promise<Map<string, GroupData>> {
    const rq = { dim: sel.dim, entities: sel.rows, key: sel.key, split: frame.split, groupBy: sel.groupBy };
    // Percentiles come from the monthly histograms plus the cases of the loose days; weeks have none.
    const hist = sel.hist && !sel.groupBy.includes('week');
    const ranges = frame.split.days.map((d) => ({
      from: startOfLocalDay(d.from, frame.timeZone),
      to: startOfLocalDay(addDays(d.to, 1), frame.timeZone),
    }));
    const [sums, live, hists, caseHists] = await Promise.all([
      this.repo.sums(rq),
      this.repo.live({
        dim: sel.dim,
        entities: sel.live,
        key: sel.key,
        from: frame.fromTs,
        to: frame.toTs,
        now: frame.now,
        cuts: frame.cuts,
        timeZone: frame.timeZone,
        groupBy: sel.groupBy,
      }),
      hist ? this.repo.histograms(rq) : Promise.resolve([]),
      hist
        ? this.repo.caseHistograms({ dim: sel.dim, entities: sel.live, key: sel.key, ranges, timeZone: frame.timeZone, groupBy: sel.groupBy })
        : Promise.resolve([]),
    ]);
    const out = new Map<string, GroupData>();
    const at = (g: string[]) => {
      const id = g.join('\u0000');
      let d = out.get(id);
      if (!d) out.set(id, (d = emptyGroup(g)));
      return d;
    };
    for (const r of sums) addSums(at(r.g).sums, r.value);
    for (const r of live) addLive(at(r.g).live, r.value);
    for (const r of [...hists, ...caseHists]) addHistogram(at(r.g).hist, r.value);
    return out;
  }
}
