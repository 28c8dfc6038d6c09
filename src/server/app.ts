import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pino, { type DestinationStream, type Logger } from 'pino';
import { AccessService, installAccessGate } from './access/access.service.ts';
import { AuditRepository } from './audit/audit.repository.ts';
import { createAuthServices } from './auth/auth.module.ts';
import { authRoutes, installAuthentication } from './auth/auth.routes.ts';
import { secondFactorRoutes } from './auth/second-factor.routes.ts';
import { createSsoServices } from './sso/sso.module.ts';
import { ssoRoutes } from './sso/sso.routes.ts';
import { OutboxNotifier, type Notifier } from './notify/notifier.ts';
import { createNotifyServices } from './notify/notify.module.ts';
import { notifyRoutes } from './notify/notify.routes.ts';
import { createInboundServices } from './inbound/inbound.module.ts';
import { inboundRoutes } from './inbound/inbound.routes.ts';
import { createRelayOutServices } from './relay-out/relay-out.module.ts';
import { relayOutRoutes } from './relay-out/relay-out.routes.ts';
import { createSlaServices } from './sla/sla.module.ts';
import { slaAdminRoutes } from './sla/sla-admin.routes.ts';
import { AttachmentStore } from './attachments/attachment.store.ts';
import { multipartLimits } from './attachments/upload-limits.ts';
import { casesPlugin, createCaseServices } from './cases/cases.module.ts';
import { createCatalogueServices } from './catalogue/catalogue.module.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import type { Database } from './db/database.ts';
import { healthRoutes } from './health/health.routes.ts';
import { installEarlyBodyLimit } from './http/body-limits.ts';
import { handleFrameworkError, installErrorHandling } from './http/error-handler.ts';
import { installJsonParser } from './http/json-parser.ts';
import { openApiDocumentTransform, openApiInfo, openApiRouteTransform, openApiServers } from './http/openapi.ts';
import { httpServerOptions } from './http/server-limits.ts';
import { logCensor, logRedactPaths, logSerializers, safeUrl } from './http/log-redaction.ts';
import { createOpen311Services } from './open311/open311.module.ts';
import { open311Routes } from './open311/open311.routes.ts';
import { docsContentSecurityPolicy, setSecurityHeaders, webApp } from './web/web.plugin.ts';
import { createKpiServices, kpiPlugin } from './kpi/kpi.module.ts';
import { createExportJobServices, exportJobsPlugin } from './exports/jobs/export-jobs.module.ts';
import { adminPlugin, createAdminServices } from './admin/admin.module.ts';
import { createSuggestServices, suggestPlugin } from './suggest/suggest.module.ts';
import { createPlacesServices, placesPlugin } from './places/places.module.ts';
import { createSimilarServices, similarPlugin } from './similar/similar.module.ts';
import { createSurveyServices, surveyPlugin } from './survey/survey.module.ts';
import { createSuggestionServices, suggestionsPlugin } from './suggestions/suggestions.module.ts';
import { createPracticeServices, practicePlugin } from './practice/practice.module.ts';
import { createReplyServices, repliesPlugin } from './replies/replies.module.ts';
import { bulkPlugin, createBulkServices } from './bulk/bulk.module.ts';
import { createViewServices, viewsPlugin } from './views/views.module.ts';
import { createMetricsServices } from './metrics/metrics.module.ts';
import { metricsRoutes } from './metrics/metrics.routes.ts';
import { installHttpMetrics } from './metrics/http-metrics.ts';
import { metricsGuard } from './access/metrics-guard.ts';

/** A pino logger that never writes secrets (see http/log-redaction.ts); `destination` defaults to stdout. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    { level: config.logLevel, redact: { paths: logRedactPaths, censor: logCensor }, serializers: logSerializers },
    destination,
  );
}

/** Wires repositories and services over one database. */
export function createContext(config: Config, database: Database, log: Logger, notifier: Notifier = new OutboxNotifier(database.db)): AppContext {
  const db = database.db;
  const access = new AccessService(db);
  const audit = new AuditRepository(db);
  const { catalogue } = createCatalogueServices(db);
  const files = new AttachmentStore(path.join(config.dataDir, 'attachments'));
  const { sla, sweeper, slaAdmin } = createSlaServices(db, config, { audit, catalogue, access });
  const places = createPlacesServices(db, { audit, catalogue, sla, nearBoundaryMetres: config.nearBoundaryMetres, timeZone: config.timeZone });
  // Reads that may be a few seconds stale go to the replica when there is one (README, Scaling out).
  const cases = createCaseServices(db, { config, access, sla, catalogue, files, router: places.router, reader: database.reader });
  const { auth } = createAuthServices(db, config, { notifier, audit });
  const { sso } = createSsoServices(db, config.oidc, { auth, audit });
  const notify = createNotifyServices(config, db, log, { audit, access });
  const suggest = createSuggestServices(db, { catalogue, audit, log });
  const relayOut = createRelayOutServices(db, { access, audit, gate: cases.gate });
  const { inbound } = createInboundServices(db, config, log, { caseRepo: cases.repo, cases: cases.intake, caseActions: cases.actions, catalogue, suggester: suggest.suggester });
  const kpi = createKpiServices(db, access, cases.views, { audit, reader: database.reader });
  const exportJobs = createExportJobServices(db, config.dataDir, { exports: kpi.exports, timeZone: () => kpi.reader.timeZone(), log });
  const { open311, apikeys } = createOpen311Services(db, config, { catalogue, cases: cases.intake, publicMap: kpi.publicStats, suggester: suggest.suggester });
  const admin = createAdminServices(db, { audit, access, catalogue, auth });
  const survey = createSurveyServices(db, config, { access, gate: cases.gate, actions: cases.actions });
  const suggestions = createSuggestionServices(db, { access, audit, sla, timeZone: config.timeZone });
  const practice = createPracticeServices(db, { access, audit, sla, kpi: kpi.kpi, reader: kpi.reader });
  kpi.monthlyReports.addNationalSections((month, tz, langs) => practice.report.sheets(month, tz, langs));
  const replies = createReplyServices(db, { access, audit, catalogue, gate: cases.gate, timeZone: config.timeZone });
  const bulk = createBulkServices({ actions: cases.actions, replies: replies.replies });
  const views = createViewServices(db, { access, cases: cases.views });
  const { metrics } = createMetricsServices(database, config);
  return { exportJobs, views, replies, bulk, metrics, admin, suggest, suggestions, places, practice, config, database, log, catalogue, cases, apikeys, open311, notifier, access, auth, sso, audit, sla, sweeper, slaAdmin, notify, inbound, relayOut, kpi, survey };
}

/** Builds the HTTP application: JSON API, OpenAPI document and docs, health checks. */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as unknown as FastifyBaseLogger,
    bodyLimit: ctx.config.bodyLimitBytes,
    // request.ip: X-Forwarded-For is believed only from the configured proxies.
    trustProxy: ctx.config.trustedProxies.length ? ctx.config.trustedProxies : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
    forceCloseConnections: 'idle',
    frameworkErrors: handleFrameworkError,
    // Request, header, keep-alive and idle limits: slow clients are cut off (http/server-limits.ts).
    ...httpServerOptions(ctx.config.httpLimits),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (_request, reply) => {
    setSecurityHeaders(reply, ctx.config);
  });
  app.addHook('onRequest', async (request) => {
    request.log = request.log.child({ url: safeUrl(request.url) });
  });

  // Every request, from the first route on, is counted by route pattern and status (GET /metrics).
  installHttpMetrics(app, ctx.metrics);
  installJsonParser(app);
  installErrorHandling(app);
  // A body declared larger than its route takes is refused before any of it is read.
  installEarlyBodyLimit(app);
  await app.register(fastifyCookie);
  installAuthentication(app, ctx.auth);
  // Before any route: every route registered from here on passes the access gate.
  installAccessGate(app, ctx.access);
  await app.register(fastifyMultipart, { limits: multipartLimits(ctx.config.attachments) });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: openApiInfo,
      servers: openApiServers,
      tags: [
        { name: 'cases', description: 'Submit and track cases' },
        { name: 'catalogue', description: 'Services and entities' },
        { name: 'auth', description: 'Staff and citizen sign-in' },
        { name: 'workflow', description: 'Actions on a case' },
        { name: 'notifications', description: 'Preferences, templates and undelivered messages' },
        { name: 'inbound', description: 'Messages from channel relays' },
        { name: 'practice', description: 'Benchmarks, practice cards, recommendations and adoptions' },
        { name: 'replies', description: 'Canned replies: reply texts, national ones shared down, filled in for a case' },
        { name: 'views', description: 'Saved inbox views and the number of cases in each' },
        { name: 'admin', description: 'Administration: entities, staff, catalogue, API keys, reasons, audit trail, calendars, SLA policies' },
      ],
    },
    // Operation ids, security, errors, examples, components and webhooks: derived centrally (http/openapi.ts).
    transform: openApiRouteTransform,
    transformObject: openApiDocumentTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: docsContentSecurityPolicy });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(ctx.database));
  await app.register(metricsRoutes(ctx.metrics, metricsGuard(ctx.config.metrics)));
  await app.register(authRoutes(ctx.auth, ctx.config));
  await app.register(secondFactorRoutes(ctx.auth, ctx.config));
  await app.register(ssoRoutes(ctx.sso, ctx.config, ctx.config.oidc?.redirectUrl ?? null));
  await app.register(slaAdminRoutes(ctx.slaAdmin));
  await app.register(catalogueRoutes(ctx.catalogue));
  await app.register(casesPlugin(ctx.cases, ctx.config.attachments));
  await app.register(open311Routes(ctx.open311, ctx.apikeys));
  await app.register(notifyRoutes(ctx.notify));
  await app.register(inboundRoutes(ctx.inbound, ctx.config));
  await app.register(relayOutRoutes(ctx.relayOut, ctx.config));
  await app.register(kpiPlugin(ctx.kpi));
  await app.register(exportJobsPlugin(ctx.exportJobs));
  await app.register(adminPlugin(ctx.admin));
  await app.register(suggestPlugin(ctx.suggest));
  await app.register(placesPlugin(ctx.places));
  await app.register(suggestionsPlugin(ctx.suggestions, ctx.kpi.publicCache));
  await app.register(practicePlugin(ctx.practice));
  await app.register(repliesPlugin(ctx.replies));
  await app.register(bulkPlugin(ctx.bulk));
  await app.register(viewsPlugin(ctx.views));
  await app.register(surveyPlugin(ctx.survey, ctx.kpi.publicCache));
  await app.register(similarPlugin(createSimilarServices(ctx.database.db, { access: ctx.access, gate: ctx.cases.gate, country: ctx.config.country })));
  await app.register(webApp(ctx.config));
  return app;
}
