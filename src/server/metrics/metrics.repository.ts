import { sql, type Kysely } from 'kysely';
import { openStatuses } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** Open cases of one entity (by code) in one SLA state (`none`: no clock). */
export interface OpenCaseCount {
  entity: string;
  slaState: string;
  count: number;
}

/** Outbox figures of one channel. */
export interface OutboxCount {
  channel: string;
  /** Pending and due now: what the dispatcher should be sending. */
  due: number;
  /** Parked after too many failures, waiting for an administrator. */
  parked: number;
  /** Pending after a failed attempt, waiting for their retry. */
  failing: number;
}

/** The business figures GET /metrics shows, read in one go. */
export interface BusinessFigures {
  openCases: OpenCaseCount[];
  outbox: OutboxCount[];
  /** Roll-up deltas (kpi_delta) the fold has not moved into the roll-ups yet. */
  kpiDeltas: number;
  /** A background loop's last successful run, by loop name. */
  loopRuns: { loop: string; finishedAt: Date; durationMs: number }[];
}

/** Cheap aggregates for the metrics endpoint: counts only, no personal data, no case references. */
export class MetricsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async figures(): Promise<BusinessFigures> {
    const [openCases, outbox, deltas, loopRuns] = await Promise.all([
      this.db
        .selectFrom('cases as c')
        .innerJoin('entities as e', 'e.id', 'c.entity_id')
        .select(['e.code as entity', sql<string>`coalesce(c.sla_state, 'none')`.as('slaState'), (eb) => eb.fn.countAll<number>().as('count')])
        .where('c.status', 'in', [...openStatuses])
        .groupBy(['e.code', sql`coalesce(c.sla_state, 'none')`])
        .execute(),
      this.db
        .selectFrom('notification_outbox')
        .select([
          'channel',
          sql<number>`count(*) filter (where status = 'pending' and next_attempt_at <= now())`.as('due'),
          sql<number>`count(*) filter (where status = 'parked')`.as('parked'),
          sql<number>`count(*) filter (where status = 'pending' and attempts > 0)`.as('failing'),
        ])
        .where('status', 'in', ['pending', 'parked'])
        .groupBy('channel')
        .execute(),
      sql<{ n: number }>`select count(*)::int as n from kpi_delta`.execute(this.db),
      this.db.selectFrom('loop_runs').select(['loop', 'finished_at', 'duration_ms']).execute(),
    ]);
    return {
      openCases: openCases.map((r) => ({ entity: r.entity, slaState: r.slaState, count: Number(r.count) })),
      outbox: outbox.map((r) => ({ channel: r.channel, due: Number(r.due), parked: Number(r.parked), failing: Number(r.failing) })),
      kpiDeltas: Number(deltas.rows[0]?.n ?? 0),
      loopRuns: loopRuns.map((r) => ({ loop: r.loop, finishedAt: new Date(r.finished_at), durationMs: r.duration_ms })),
    };
  }
}
