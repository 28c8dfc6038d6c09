import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { CaseGate } from '../access/case-gate.ts';
import { Throttle } from '../auth/throttle.ts';
import { ThrottleRepository } from '../auth/throttle.repository.ts';
import type { DB } from '../db/schema.ts';
import { SimilarRepository } from './similar.repository.ts';
import { similarRoutes } from './similar.routes.ts';
import { SimilarService } from './similar.service.ts';

/** "Already reported?" and followers, wired over one database. */
export interface SimilarServices {
  similar: SimilarService;
}

export function createSimilarServices(db: Kysely<DB>, deps: { access: AccessService; gate: CaseGate; country: string }): SimilarServices {
  return {
    similar: new SimilarService(db, new SimilarRepository(db), deps.access, deps.gate, new Throttle(new ThrottleRepository(db)), {
      country: deps.country,
    }),
  };
}

/** Registers the "already reported?" and follower routes. */
export function similarPlugin(s: SimilarServices) {
  return async (app: FastifyInstance) => {
    await app.register(similarRoutes(s.similar));
  };
}
