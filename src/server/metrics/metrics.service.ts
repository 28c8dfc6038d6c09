import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolUse } from '../db/database.ts';
import type { ReplicaState } from '../db/read-replica.ts';
import { SWEEP_LOOP } from '../sla/sla.sweeper.ts';
import type { BusinessFigures, MetricsRepository } from './metrics.repository.ts';

/** Seconds buckets of the request-duration histogram: from a cached answer to a slow export. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Labels of one finished HTTP request: its route pattern (never the raw URL) and status. */
export interface RequestLabels {
  method: string;
  route: string;
  status: number;
}

/**
 * The figures of one application in Prometheus' text format, in a registry of its own (never the
 * process-wide default: tests build several applications in one process). HTTP counts and
 * durations are counted as requests finish; the business figures are read from the database at
 * scrape time, at most once per `cacheMs`, so scrapes from several Prometheus servers cost one query.
 */
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly durations: Histogram<'method' | 'route' | 'status'>;
  private cached: { at: number; figures: Promise<BusinessFigures> } | undefined;
  /** The figures of the scrape in progress: one read serves every gauge. */
  private scrape: Promise<BusinessFigures> | undefined;

  constructor(
    private readonly repo: MetricsRepository,
    private readonly cacheMs: number,
    poolUse?: () => PoolUse,
    replica?: () => ReplicaState,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({ name: 'tawasul_http_requests_total', help: 'HTTP requests answered, by route pattern and status.', labelNames: ['method', 'route', 'status'], registers });
    this.durations = new Histogram({
      name: 'tawasul_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: durationBuckets,
      registers,
    });
    const figures = () => (this.scrape ??= this.figures());
    const pool = (help: string, name: string, pick: (u: PoolUse) => number) =>
      new Gauge({ name, help, registers, collect() { this.set(poolUse ? pick(poolUse()) : 1); } });
    pool('Connections the database pool may open (PGlite: its one connection).', 'tawasul_db_pool_max', (u) => u.max);
    pool('Database connections open, busy or idle (PGlite: 1).', 'tawasul_db_pool_open', (u) => u.open);
    new Gauge({ name: 'tawasul_db_pool_idle', help: 'Open database connections not in use (PostgreSQL only).', registers, collect() { if (poolUse) this.set(poolUse().idle); } });
    new Gauge({ name: 'tawasul_db_pool_waiting', help: 'Requests waiting for a database connection (PostgreSQL only).', registers, collect() { if (poolUse) this.set(poolUse().waiting); } });
    if (replica) {
      new Gauge({ name: 'tawasul_db_replica_in_use', help: 'Whether reads that may be stale go to the read replica now (1) or to the primary (0).', registers, collect() { this.set(replica().state === 'in_use' ? 1 : 0); } });
      new Gauge({
        name: 'tawasul_db_replica_lag_seconds',
        help: 'Seconds the read replica was behind the primary at its last check (absent when it did not answer).',
        registers,
        collect() {
          const lag = replica().lagSeconds;
          if (lag === null) this.reset();
          else this.set(lag);
        },
      });
    }
    new Gauge({
      name: 'tawasul_cases_open',
      help: 'Open cases by entity code and SLA state (none: no SLA clock).',
      labelNames: ['entity', 'sla_state'],
      registers,
      async collect() {
        const f = await figures();
        this.reset();
        for (const r of f.openCases) this.set({ entity: r.entity, sla_state: r.slaState }, r.count);
      },
    });
    const stateTotal = (name: string, state: string) =>
      new Gauge({
        name,
        help: `Open cases whose SLA state is ${state}, over all entities.`,
        registers,
        async collect() {
          this.set((await figures()).openCases.filter((r) => r.slaState === state).reduce((n, r) => n + r.count, 0));
        },
      });
    stateTotal('tawasul_cases_at_risk', 'at_risk');
    stateTotal('tawasul_cases_breached', 'breached');
    const outbox = (name: string, help: string, pick: 'due' | 'parked' | 'failing') =>
      new Gauge({
        name,
        help,
        labelNames: ['channel'],
        registers,
        async collect() {
          const f = await figures();
          this.reset();
          for (const channel of ['email', 'sms']) this.set({ channel }, f.outbox.find((r) => r.channel === channel)?.[pick] ?? 0);
        },
      });
    outbox('tawasul_outbox_due', 'Outbox messages pending and due now, by channel.', 'due');
    outbox('tawasul_outbox_parked', 'Outbox messages parked after too many failed attempts, by channel.', 'parked');
    outbox('tawasul_notification_failures', 'Outbox messages whose last attempt failed, waiting for their retry, by channel.', 'failing');
    new Gauge({
      name: 'tawasul_kpi_deltas_pending',
      help: 'Indicator roll-up deltas waiting to be folded.',
      registers,
      async collect() {
        this.set((await figures()).kpiDeltas);
      },
    });
    const sweep = (name: string, help: string, pick: (r: { finishedAt: Date; durationMs: number }) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const run = (await figures()).loopRuns.find((r) => r.loop === SWEEP_LOOP);
          this.reset();
          if (run) this.set(pick(run));
        },
      });
    sweep('tawasul_sla_sweep_last_success_timestamp_seconds', 'When the last successful SLA sweep finished (Unix time), in any process.', (r) => r.finishedAt.getTime() / 1000);
    sweep('tawasul_sla_sweep_last_duration_seconds', 'How long the last successful SLA sweep took.', (r) => r.durationMs / 1000);
  }

  /** Counts one finished request. */
  observe(labels: RequestLabels, seconds: number): void {
    const l = { method: labels.method, route: labels.route, status: String(labels.status) };
    this.requests.inc(l);
    this.durations.observe(l, seconds);
  }

  /** The exposition text and its content type. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    this.scrape = this.figures();
    try {
      await this.scrape;
      return { contentType: this.registry.contentType, text: await this.registry.metrics() };
    } finally {
      this.scrape = undefined;
    }
  }

  private figures(): Promise<BusinessFigures> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= this.cacheMs) {
      const figures = this.repo.figures();
      this.cached = { at: now, figures };
      // A failed read is not kept: the next scrape asks again.
      figures.catch(() => {
        if (this.cached?.figures === figures) this.cached = undefined;
      });
    }
    return this.cached.figures;
  }
}
