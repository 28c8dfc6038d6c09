import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { MetricsRepository } from './metrics.repository.ts';
import { MetricsService } from './metrics.service.ts';

/** The application's Prometheus figures. */
export interface MetricsServices {
  metrics: MetricsService;
}

/**
 * Builds the metrics of one application over its database: a registry of its own, the pool's use
 * (PostgreSQL), the read replica's state and lag (when configured) and the business figures, read at most every `config.metrics.cacheSeconds`.
 * Its route is `metricsRoutes(metrics, metricsGuard(config.metrics))`; `installHttpMetrics` counts requests.
 */
export function createMetricsServices(database: Database, config: Pick<Config, 'metrics'>): MetricsServices {
  return { metrics: new MetricsService(new MetricsRepository(database.db), config.metrics.cacheSeconds * 1000, database.poolUse, database.replica) };
}
