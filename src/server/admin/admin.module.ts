import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { ApiKeyAdminService } from './apikey-admin.service.ts';
import { apiKeyAdminRoutes } from './apikey-admin.routes.ts';
import { AuditAdminService } from './audit-admin.service.ts';
import { auditAdminRoutes } from './audit-admin.routes.ts';
import { directoryRoutes } from './directory.routes.ts';
import { AuditAdminRepository } from './audit-admin.repository.ts';
import { CatalogueAdminRepository } from './catalogue-admin.repository.ts';
import { CatalogueAdminService } from './catalogue-admin.service.ts';
import { catalogueAdminRoutes } from './catalogue-admin.routes.ts';
import { EntityAdminRepository } from './entity-admin.repository.ts';
import { EntityAdminService } from './entity-admin.service.ts';
import { entityAdminRoutes } from './entity-admin.routes.ts';
import { ReasonAdminRepository } from './reason-admin.repository.ts';
import { ReasonAdminService } from './reason-admin.service.ts';
import { reasonAdminRoutes } from './reason-admin.routes.ts';
import { StaffAdminRepository } from './staff-admin.repository.ts';
import { StaffAdminService } from './staff-admin.service.ts';
import { staffAdminRoutes } from './staff-admin.routes.ts';

/** The administration services: entities, staff, catalogue, API keys, rejection reasons, audit trail. */
export interface AdminServices {
  entities: EntityAdminService;
  staff: StaffAdminService;
  catalogue: CatalogueAdminService;
  apiKeys: ApiKeyAdminService;
  reasons: ReasonAdminService;
  audit: AuditAdminService;
}

/** Builds the administration services (each over its repository) on one database and the caches they must refresh. */
export function createAdminServices(
  db: Kysely<DB>,
  deps: { audit: AuditRepository; access: AccessService; catalogue: CatalogueService; auth: AuthService },
): AdminServices {
  return {
    entities: new EntityAdminService(db, new EntityAdminRepository(), deps.audit, deps.access, deps.catalogue),
    staff: new StaffAdminService(db, new StaffAdminRepository(), deps.audit, deps.auth, deps.access),
    catalogue: new CatalogueAdminService(db, new CatalogueAdminRepository(), deps.audit, deps.catalogue),
    apiKeys: new ApiKeyAdminService(db, deps.audit),
    reasons: new ReasonAdminService(db, new ReasonAdminRepository(), deps.audit),
    audit: new AuditAdminService(db, new AuditAdminRepository()),
  };
}

/** Registers `/api/v1/admin/…` (tag `admin`), and the workspace's directory and rejection reasons. */
export function adminPlugin(admin: AdminServices) {
  return async (app: FastifyInstance) => {
    await app.register(entityAdminRoutes(admin.entities));
    await app.register(staffAdminRoutes(admin.staff));
    await app.register(catalogueAdminRoutes(admin.catalogue));
    await app.register(apiKeyAdminRoutes(admin.apiKeys));
    await app.register(reasonAdminRoutes(admin.reasons));
    await app.register(auditAdminRoutes(admin.audit));
    await app.register(directoryRoutes(admin.staff, admin.reasons));
  };
}
