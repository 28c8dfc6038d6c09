import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { CaseViewService } from '../cases/case-view.service.ts';
import type { DB } from '../db/schema.ts';
import { InboxViewRepository } from './inbox-view.repository.ts';
import { inboxViewRoutes } from './inbox-view.routes.ts';
import { InboxViewService } from './inbox-view.service.ts';

/** Saved inbox views and their counts (src/server/views). */
export interface ViewServices {
  views: InboxViewService;
}

/** Builds saved views over one database; counts go through the case list's own filter and scope. */
export function createViewServices(db: Kysely<DB>, deps: { access: AccessService; cases: CaseViewService }): ViewServices {
  return { views: new InboxViewService(new InboxViewRepository(db), deps.access, deps.cases) };
}

export function viewsPlugin(v: ViewServices) {
  return async (app: FastifyInstance) => {
    await app.register(inboxViewRoutes(v.views));
  };
}
