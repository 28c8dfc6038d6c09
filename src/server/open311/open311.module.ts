import type { Kysely } from 'kysely';
import { ApiKeyRepository } from '../apikeys/apikey.repository.ts';
import { ApiKeyService } from '../apikeys/apikey.service.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { PublicStatsService } from '../kpi/public-stats.service.ts';
import type { AutoChooser } from '../suggest/suggest.service.ts';
import { Open311Repository } from './open311.repository.ts';
import { Open311Service } from './open311.service.ts';

/** Open311 GeoReport v2, and the API keys its clients post with. */
export interface Open311Services {
  open311: Open311Service;
  apikeys: ApiKeyService;
}

/**
 * Builds the Open311 services over one database: requests go in through the case intake, services
 * come from the catalogue, and a private case's point is listed only where the public map shows it.
 * Their routes are `open311Routes(open311, apikeys)`.
 */
export function createOpen311Services(
  db: Kysely<DB>,
  config: Config,
  deps: { catalogue: CatalogueService; cases: CaseService; publicMap: Pick<PublicStatsService, 'publicPlaces'>; suggester?: AutoChooser },
): Open311Services {
  return {
    open311: new Open311Service(new Open311Repository(db), deps.catalogue, deps.cases, config, deps.publicMap, deps.suggester),
    apikeys: new ApiKeyService(new ApiKeyRepository(db)),
  };
}
