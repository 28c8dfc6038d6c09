import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { CatalogueRepository } from './catalogue.repository.ts';
import { CatalogueService } from './catalogue.service.ts';

/** The service catalogue as citizens see it (a cached snapshot that administration refreshes). */
export interface CatalogueServices {
  catalogue: CatalogueService;
}

/** Builds the catalogue over one database; its routes are `catalogueRoutes(catalogue)`. */
export function createCatalogueServices(db: Kysely<DB>): CatalogueServices {
  return { catalogue: new CatalogueService(new CatalogueRepository(db)) };
}
