import type { FastifyInstance } from 'fastify';
import type { CaseActionService } from '../cases/case-actions.service.ts';
import type { ReplyService } from '../replies/reply.service.ts';
import { bulkRoutes } from './bulk.routes.ts';
import { BulkService } from './bulk.service.ts';

/** Bulk work from the inbox (src/server/bulk). */
export interface BulkServices {
  bulk: BulkService;
}

/** Builds bulk work from the workflow's actions and the reply texts a resolution may use. */
export function createBulkServices(deps: { actions: CaseActionService; replies: ReplyService }): BulkServices {
  return { bulk: new BulkService(deps.actions, deps.replies) };
}

export function bulkPlugin(b: BulkServices) {
  return async (app: FastifyInstance) => {
    await app.register(bulkRoutes(b.bulk));
  };
}
