import type { Logger } from 'pino';
import type { NotifyConfig } from '../config.ts';
import type { OutboxRepository, OutboxRow } from './outbox.repository.ts';
import { fitSms, smsSize } from './sms-segments.ts';
import type { TemplateService } from './template.service.ts';
import type { Params } from './template-render.ts';
import { isTemplateKey, templates } from './templates.ts';
import type { OutgoingMessage, Transports } from './transport.ts';
import { safeUrlsIn } from '../http/log-redaction.ts';

/** What one pass of the dispatcher did. */
export interface DispatchResult {
  claimed: number;
  sent: number;
  failed: number;
  parked: number;
}

type DispatchConfig = Pick<NotifyConfig, 'maxAttempts' | 'backoffSeconds' | 'maxBackoffSeconds' | 'leaseSeconds' | 'batchSize' | 'sms'>;

/** Delay before retry number `attempt` (1 = the first retry): doubling from the base, capped. */
export function backoffSeconds(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}

/** A text without the one-time code and link of a message, nor any URL's secret query values. */
function withoutSecrets(text: string, params: Params): string {
  let out = safeUrlsIn(text);
  for (const key of ['code', 'link', 'trackingUrl', 'caseUrl', 'rateUrl'] as const) {
    const v = params[key];
    if (typeof v === 'string' && v.length >= 4) out = out.split(v).join('[redacted]');
  }
  return out;
}

function errorText(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message ?? String(error)].filter(Boolean).join(': ');
}

/**
 * Sends what the outbox holds. Each pass claims due messages (so that any number of dispatchers,
 * in any number of processes, take disjoint sets), renders each in its recipient's language with
 * its entity's wording, sends it, and records the outcome: sent; or failed, to be retried with
 * exponential backoff; or, after `maxAttempts` failures, parked for an administrator. A dispatcher
 * that dies mid-send leaves its messages to be claimed again when their lease runs out, so
 * delivery is at-least-once — every message carries its id for the provider to drop duplicates.
 */
export class Dispatcher {
  constructor(
    private readonly repo: OutboxRepository,
    private readonly templates: TemplateService,
    private readonly transports: Transports,
    private readonly config: DispatchConfig,
    private readonly log: Logger,
  ) {}

  /** One pass: claims up to a batch of due messages and sends them. */
  async runOnce(now = new Date()): Promise<DispatchResult> {
    const leaseUntil = new Date(now.getTime() + this.config.leaseSeconds * 1000);
    const rows = await this.repo.claim(now, this.config.batchSize, leaseUntil);
    const result: DispatchResult = { claimed: rows.length, sent: 0, failed: 0, parked: 0 };
    const files = await this.repo.attachmentsOf(rows.filter((r) => r.channel === 'email').map((r) => r.id));
    for (const row of rows) {
      const outcome = await this.deliver(row, now, row.channel === 'email' ? files.get(row.id) : undefined);
      result[outcome]++;
    }
    return result;
  }

  /** Passes until nothing is due (tests, and draining at shutdown). */
  async drain(now = new Date(), maxPasses = 100): Promise<DispatchResult> {
    const total: DispatchResult = { claimed: 0, sent: 0, failed: 0, parked: 0 };
    for (let i = 0; i < maxPasses; i++) {
      const r = await this.runOnce(now);
      for (const k of Object.keys(total) as (keyof DispatchResult)[]) total[k] += r[k];
      if (r.claimed === 0) break;
    }
    return total;
  }

  private async deliver(row: OutboxRow, now: Date, attachments?: OutgoingMessage['attachments']): Promise<'sent' | 'failed' | 'parked'> {
    let segments: number | null = null;
    let params: Params = {};
    const sensitive = isTemplateKey(row.template) && templates[row.template].sensitive === true;
    try {
      params = (typeof row.params === 'string' ? JSON.parse(row.params) : row.params) as Params;
      const rendered = await this.templates.render({ template: row.template, language: row.language, entityId: row.entity_id, params, reference: row.reference });
      let sms;
      if (row.channel === 'sms') {
        const text = fitSms(rendered.sms, this.config.sms.maxSegments);
        sms = { text, size: smsSize(text) };
        segments = sms.size.segments;
      }
      await this.transports[row.channel].send({
        messageId: row.message_id,
        to: row.address,
        language: row.language,
        reference: row.reference,
        rendered,
        sms,
        ...(sensitive ? { secret: true } : {}),
        ...(attachments?.length ? { attachments } : {}),
      });
      await this.repo.markSent(row.id, row.attempts, new Date(), segments, sensitive);
      return 'sent';
    } catch (error) {
      const park = row.attempts >= this.config.maxAttempts;
      const retryAt = park ? null : new Date(now.getTime() + backoffSeconds(row.attempts, this.config.backoffSeconds, this.config.maxBackoffSeconds) * 1000);
      // A provider's error may echo the message: its code and links are taken out before it is logged or kept.
      const detail = withoutSecrets(errorText(error), params);
      this.log[park ? 'error' : 'warn']({ outboxId: row.id, channel: row.channel, attempt: row.attempts, error: detail }, park ? 'notification parked' : 'notification failed; will retry');
      await this.repo.markFailed(row.id, row.attempts, detail, retryAt, segments);
      return park ? 'parked' : 'failed';
    }
  }
}
