import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { CaseGate } from '../access/case-gate.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { DB } from '../db/schema.ts';
import { CaseMessagesService } from './case-messages.service.ts';
import { ReceiptService } from './receipt.service.ts';
import { RelayOutRepository } from './relay-out.repository.ts';
import { WebhookService } from './webhook.service.ts';

/** Relay receipts, a case's sent messages, integration endpoints. */
export interface RelayOutServices {
  receipts: ReceiptService;
  messages: CaseMessagesService;
  webhooks: WebhookService;
}

/**
 * Builds the services around what goes out through relays and webhooks (the transports themselves
 * are the outbox's: see notify.module). Its routes are `relayOutRoutes(services, config)`.
 */
export function createRelayOutServices(db: Kysely<DB>, deps: { access: AccessService; audit: AuditRepository; gate: CaseGate }): RelayOutServices {
  const repo = new RelayOutRepository(db);
  return { receipts: new ReceiptService(repo), messages: new CaseMessagesService(repo, deps.gate), webhooks: new WebhookService(repo, deps.access, deps.audit) };
}
