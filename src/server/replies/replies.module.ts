import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { CaseGate } from '../access/case-gate.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { ReplyRepository } from './reply.repository.ts';
import { replyRoutes } from './reply.routes.ts';
import { ReplyService } from './reply.service.ts';

/** Canned replies (src/server/replies): reply texts, national ones shared down, filled in for a case. */
export interface ReplyServices {
  replies: ReplyService;
}

/** Builds the canned replies over one database; `timeZone` gives a due date's local day. */
export function createReplyServices(
  db: Kysely<DB>,
  deps: { access: AccessService; audit: AuditRepository; catalogue: CatalogueService; gate: CaseGate; timeZone: string },
): ReplyServices {
  return { replies: new ReplyService(new ReplyRepository(db), deps.access, deps.audit, deps.catalogue, deps.gate, deps.timeZone) };
}

export function repliesPlugin(r: ReplyServices) {
  return async (app: FastifyInstance) => {
    await app.register(replyRoutes(r.replies));
  };
}
