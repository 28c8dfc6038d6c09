import type { FastifyInstance } from 'fastify';
import type { MetricsService } from './metrics.service.ts';

/**
 * Counts every answered request by its route pattern (`/api/v1/cases/:reference`, never the URL
 * itself, so no reference or personal data reaches a label) and status; a request no route matched
 * is counted as `unmatched`. Install before the routes are registered.
 */
export function installHttpMetrics(app: FastifyInstance, metrics: MetricsService): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode }, reply.elapsedTime / 1000);
  });
}
