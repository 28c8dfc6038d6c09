import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { SuggestRepository } from './suggest.repository.ts';
import { suggestRoutes } from './suggest.routes.ts';
import { SuggestService } from './suggest.service.ts';

/** The service suggester (src/server/suggest). */
export interface SuggestServices {
  suggester: SuggestService;
}

/** Builds the suggester over one database and the catalogue it learns from. */
export function createSuggestServices(db: Kysely<DB>, deps: { catalogue: CatalogueService; audit: AuditRepository; log: Logger }): SuggestServices {
  return { suggester: new SuggestService(new SuggestRepository(db), deps.catalogue, db, deps.audit, deps.log) };
}

/** Registers `POST /api/v1/intake/suggest` and `/api/v1/admin/suggester…`. */
export function suggestPlugin(s: SuggestServices) {
  return async (app: FastifyInstance) => {
    await app.register(suggestRoutes(s.suggester));
  };
}
