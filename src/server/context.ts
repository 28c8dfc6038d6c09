import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { CatalogueService } from './catalogue/catalogue.service.ts';
import type { CaseService } from './cases/case.service.ts';

/** The long-lived objects a request handler may reach: configuration, database and services. */
export interface AppContext {
  config: Config;
  database: Database;
  log: Logger;
  catalogue: CatalogueService;
  cases: CaseService;
}
