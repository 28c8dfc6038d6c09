import type { Logger } from 'pino';
import type { KpiServices } from './kpi/kpi.module.ts';
import type { ExportJobServices } from './exports/jobs/export-jobs.module.ts';
import type { PlacesServices } from './places/places.module.ts';
import type { PracticeServices } from './practice/practice.module.ts';
import type { ReplyServices } from './replies/replies.module.ts';
import type { BulkServices } from './bulk/bulk.module.ts';
import type { ViewServices } from './views/views.module.ts';
import type { AdminServices } from './admin/admin.module.ts';
import type { SuggestServices } from './suggest/suggest.module.ts';
import type { SuggestionServices } from './suggestions/suggestions.module.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { CatalogueService } from './catalogue/catalogue.service.ts';
import type { CaseServices } from './cases/cases.module.ts';
import type { ApiKeyService } from './apikeys/apikey.service.ts';
import type { Open311Service } from './open311/open311.service.ts';
import type { AccessService } from './access/access.service.ts';
import type { AuthService } from './auth/auth.service.ts';
import type { SsoService } from './sso/sso.service.ts';
import type { AuditRepository } from './audit/audit.repository.ts';
import type { Notifier } from './notify/notifier.ts';
import type { NotifyServices } from './notify/notify.module.ts';
import type { InboundService } from './inbound/inbound.service.ts';
import type { RelayOutServices } from './relay-out/relay-out.module.ts';
import type { SlaService } from './sla/sla.service.ts';
import type { SlaSweeper } from './sla/sla.sweeper.ts';
import type { SlaAdminService } from './sla/sla-admin.service.ts';
import type { SurveyServices } from './survey/survey.module.ts';
import type { MetricsService } from './metrics/metrics.service.ts';

/**
 * The application as `createContext` builds it, once: configuration, database and each feature's
 * services (from its `*.module.ts`). Only the entry points read it — `buildApp`, which hands each
 * route plugin just the services it uses, the worker's loops, the command line and the tests; no
 * route or service receives it.
 */
export interface AppContext {
  config: Config;
  database: Database;
  log: Logger;
  /** The Prometheus figures of this application (src/server/metrics). */
  metrics: MetricsService;
  catalogue: CatalogueService;
  /** Intake, case views and lists, the workflow actions (src/server/cases). */
  cases: CaseServices;
  apikeys: ApiKeyService;
  open311: Open311Service;
  notifier: Notifier;
  access: AccessService;
  auth: AuthService;
  audit: AuditRepository;
  /** Staff sign-on through an OpenID Connect provider, null when none is configured (src/server/sso). */
  sso: SsoService | null;
  sla: SlaService;
  sweeper: SlaSweeper;
  slaAdmin: SlaAdminService;
  notify: NotifyServices;
  inbound: InboundService;
  /** Relay receipts, a case's sent messages, integration endpoints. */
  relayOut: RelayOutServices;
  /** Indicators, public statistics, exports, monthly reports (src/server/kpi, src/server/exports). */
  kpi: KpiServices;
  /** Case exports too large to wait for: background jobs, their progress and files (src/server/exports/jobs). */
  exportJobs: ExportJobServices;
  /** Administration of entities, staff, catalogue, API keys, rejection reasons; the audit trail (src/server/admin). */
  admin: AdminServices;
  /** The service suggester (src/server/suggest). */
  suggest: SuggestServices;
  /** Boundaries, routing rules and the router intake asks (src/server/places). */
  places: PlacesServices;
  /** The satisfaction survey: invitations, answers and their figures (src/server/survey). */
  survey: SurveyServices;
  /** Public suggestions: moderation, the board, support thresholds, figures, open data (src/server/suggestions). */
  suggestions: SuggestionServices;
  /** Benchmarks, practice cards and adoptions (src/server/practice). */
  practice: PracticeServices;
  /** Canned replies: reply texts, national ones shared down, filled in for a case (src/server/replies). */
  replies: ReplyServices;
  /** Bulk work from the inbox (src/server/bulk). */
  bulk: BulkServices;
  /** Saved inbox views and their counts (src/server/views). */
  views: ViewServices;
}
