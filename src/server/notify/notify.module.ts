import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { RelayOutRepository } from '../relay-out/relay-out.repository.ts';
import { RelayTransport } from '../relay-out/relay.transport.ts';
import { WebhookTransport } from '../relay-out/webhook.transport.ts';
import { DigestService } from './digest.ts';
import { Dispatcher } from './dispatcher.ts';
import { OutboxAdminService } from './outbox-admin.service.ts';
import { OutboxRepository } from './outbox.repository.ts';
import { PreferenceRepository } from './preference.repository.ts';
import { PreferenceService } from './preference.service.ts';
import { TemplateRepository } from './template.repository.ts';
import { TemplateService } from './template.service.ts';
import type { Transports } from './transport.ts';
import { createTransports } from './transports.ts';

/** The notification services an application context holds. */
export interface NotifyServices {
  templates: TemplateService;
  preferences: PreferenceService;
  outbox: OutboxAdminService;
  dispatcher: Dispatcher;
  digest: DigestService;
  transports: Transports;
}

/**
 * Wires the notification services over one database; transports default to the configured ones:
 * email and SMS, answers back through relays (relay-out/) and integration webhooks.
 */
export function createNotifyServices(
  config: Config,
  db: Kysely<DB>,
  log: Logger,
  deps: { audit: AuditRepository; access: AccessService },
  // A demo database's messages are shown whole in the log (that is how its one-time codes are read).
  transports: Transports = {
    ...createTransports(config.notify, log, config.demo),
    relay: new RelayTransport(config.inbound),
    webhook: new WebhookTransport(new RelayOutRepository(db)),
  },
): NotifyServices {
  const outboxRepo = new OutboxRepository(db);
  const templates = new TemplateService(new TemplateRepository(db), deps.audit, db, config.publicUrl, config.notify.sms.maxSegments);
  return {
    templates,
    preferences: new PreferenceService(new PreferenceRepository(db)),
    outbox: new OutboxAdminService(db, outboxRepo, deps.access, deps.audit),
    dispatcher: new Dispatcher(outboxRepo, templates, transports, config.notify, log),
    digest: new DigestService(db, outboxRepo, templates, { timeZone: config.timeZone, digestHour: config.notify.digestHour }, log),
    transports,
  };
}
