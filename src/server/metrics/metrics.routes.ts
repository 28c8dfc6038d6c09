import type { FastifyInstance } from 'fastify';
import type { MetricsGuard } from '../access/metrics-guard.ts';
import type { MetricsService } from './metrics.service.ts';

/** `GET /metrics` in Prometheus' text format, to a request the guard lets through (a token or an allowed address). */
export function metricsRoutes(metrics: MetricsService, guard: MetricsGuard) {
  return async (app: FastifyInstance) => {
    app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
      guard(request);
      const { contentType, text } = await metrics.exposition();
      return reply.type(contentType).header('cache-control', 'no-store').send(text);
    });
  };
}
