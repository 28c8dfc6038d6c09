import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pino, { type Logger } from 'pino';
import { AttachmentStore } from './attachments/attachment.store.ts';
import { caseRoutes } from './cases/case.routes.ts';
import { CaseRepository } from './cases/case.repository.ts';
import { CaseService } from './cases/case.service.ts';
import { ReferenceAllocator } from './cases/reference-allocator.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import { CatalogueRepository } from './catalogue/catalogue.repository.ts';
import { CatalogueService } from './catalogue/catalogue.service.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import type { Database } from './db/database.ts';
import { healthRoutes } from './health/health.routes.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installJsonParser } from './http/json-parser.ts';

/** A pino logger that never writes secrets: cookies, authorisation and tracking tokens are redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-tracking-token"]', 'req.headers["x-csrf-token"]'],
      censor: '[redacted]',
    },
  });
}

/** Wires repositories and services over one database. */
export function createContext(config: Config, database: Database, log: Logger): AppContext {
  const catalogue = new CatalogueService(new CatalogueRepository(database.db));
  const cases = new CaseService(
    new CaseRepository(database.db),
    catalogue,
    new ReferenceAllocator(database.db, config.timeZone),
    new AttachmentStore(path.join(config.dataDir, 'attachments')),
    config,
  );
  return { config, database, log, catalogue, cases };
}

/** Strips secrets (tracking tokens, API keys) from a URL before it is logged. */
function safeUrl(url: string): string {
  return url.replace(/([?&](?:token|api_key)=)[^&]*/gi, '$1[redacted]');
}

/** Builds the HTTP application: JSON API, OpenAPI document and docs, health checks. */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as unknown as FastifyBaseLogger,
    bodyLimit: ctx.config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
  });
  app.addHook('onRequest', async (request) => {
    request.log = request.log.child({ url: safeUrl(request.url) });
  });

  installJsonParser(app);
  installErrorHandling(app);
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: ctx.config.attachments.maxBytes,
      files: ctx.config.attachments.maxFiles,
      fields: 5,
      fieldSize: 64 * 1024,
      parts: ctx.config.attachments.maxFiles + 5,
      headerPairs: 200,
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tawasul API',
        version: '1',
        description: 'National suggestions and complaints platform. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      tags: [
        { name: 'cases', description: 'Submit and track cases' },
        { name: 'catalogue', description: 'Services and entities' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(ctx));
  await app.register(catalogueRoutes(ctx));
  await app.register(caseRoutes(ctx));
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(landingPage()),
  );
  return app;
}

function landingPage(): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>تواصل — Tawasul</title></head><body style="font-family:system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>تواصل</h1><p>النظام الوطني للمقترحات والشكاوى.</p>
<p lang="en" dir="ltr">Tawasul — the national suggestions and complaints system. API: <a href="/api/docs">/api/docs</a></p>
</body></html>`;
}
