import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { DB } from '../db/schema.ts';
import type { PublicCache } from '../http/public-cache.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { SuggestionRepository } from './suggestion.repository.ts';
import { suggestionRoutes } from './suggestion.routes.ts';
import { SuggestionService, type SuggestionOptions } from './suggestion.service.ts';

/** Public suggestions: moderation, the board, support and thresholds, figures, open data. */
export interface SuggestionServices {
  suggestions: SuggestionService;
}

export function createSuggestionServices(
  db: Kysely<DB>,
  deps: { access: AccessService; audit: AuditRepository; sla: SlaService; timeZone: string; now?: SuggestionOptions['now'] },
): SuggestionServices {
  return {
    suggestions: new SuggestionService(db, new SuggestionRepository(db), deps.access, deps.audit, deps.sla, { timeZone: deps.timeZone, ...(deps.now ? { now: deps.now } : {}) }),
  };
}

/** Registers the public suggestion routes; anonymous views of the board are kept briefly in the public cache. */
export function suggestionsPlugin(s: SuggestionServices, cache: PublicCache) {
  return async (app: FastifyInstance) => {
    await app.register(suggestionRoutes(s.suggestions, cache));
  };
}
