import type { Logger } from 'pino';
import type { NotifyConfig } from '../config.ts';
import type { OutboxRepository, OutboxRow } from './outbox.repository.ts';
import { fitSms, smsSize } from './sms-segments.ts';
import type { TemplateService } from './template.service.ts';
import type { Params } from './template-render.ts';
import { isTemplateKey, templates } from './templates.ts';
import { NotDelivered, type OutgoingMessage, type Transports } from './transport.ts';
import { safeUrlsIn } from '../http/log-redaction.ts';

/** What one pass of the dispatcher did. */
export interface DispatchResult {
  claimed: number;
  sent: number;
  failed: number;
  parked: number;
  /** Handed over, then no answer: recorded as sent, unconfirmed, not sent again. */
  unknown: number;
  /** Claimed but not started when the dispatcher was told to stop: given back, due at once. */
  released: number;
}

type Outcome = 'sent' | 'failed' | 'parked' | 'unknown';

type DispatchConfig = Pick<NotifyConfig, 'maxAttempts' | 'backoffSeconds' | 'maxBackoffSeconds' | 'leaseSeconds' | 'batchSize' | 'sms'> &
  Partial<Pick<NotifyConfig, 'concurrency'>>;

const emptyResult = (): DispatchResult => ({ claimed: 0, sent: 0, failed: 0, parked: 0, unknown: 0, released: 0 });

/** Delay before retry number `attempt` (1 = the first retry): doubling from the base, capped. */
export function backoffSeconds(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}

/** A text without the one-time code and link of a message, nor any URL's secret query values. */
function withoutSecrets(text: string, params: Params): string {
  let out = safeUrlsIn(text);
  for (const key of ['code', 'link', 'trackingUrl', 'caseUrl', 'rateUrl', 'followerToken'] as const) {
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
 * Sends what the outbox holds. Each pass claims a batch of due messages (so that any number of
 * dispatchers, in any number of processes, take disjoint sets) under a short lease that is renewed
 * while they are being sent, renders each in its recipient's language with its entity's wording,
 * sends up to `concurrency` at a time, and records the outcome: sent; or failed, to be retried with
 * exponential backoff; or, after `maxAttempts` failures, parked for an administrator.
 *
 * Once at most, as far as the protocols allow: a transport that `handsOver` records the message as
 * sent (under its lease token) at the last moment before the provider can have it — before SMTP's
 * final dot, before the gateway's request. A dispatcher that dies before that point leaves the
 * message to be taken over when its lease runs out (the provider cannot have it); one that dies
 * after it leaves a message recorded as sent but not confirmed, which is never sent again. Every
 * message carries its stable id (Message-ID, Idempotency-Key) for the provider to drop duplicates.
 * Told to stop (the `signal` of runOnce), a pass finishes the messages in hand and gives back the
 * rest of its batch at once; `halt` gives back even those in hand that were not handed over yet.
 */
export class Dispatcher {
  /** Lease tokens of the messages claimed and not finished, and whether each was handed over. */
  private readonly held = new Map<string, { handing: boolean }>();
  private halted = false;

  constructor(
    private readonly repo: OutboxRepository,
    private readonly templates: TemplateService,
    private readonly transports: Transports,
    private readonly config: DispatchConfig,
    private readonly log: Logger,
  ) {}

  /** One pass: claims up to a batch of due messages and sends them; stops taking new ones once `signal` aborts. */
  async runOnce(now = new Date(), signal?: AbortSignal): Promise<DispatchResult> {
    const result = emptyResult();
    if (signal?.aborted || this.halted) return result;
    const leaseMs = this.config.leaseSeconds * 1000;
    const rows = await this.repo.claim(now, this.config.batchSize, new Date(now.getTime() + leaseMs));
    result.claimed = rows.length;
    if (!rows.length) return result;
    for (const r of rows) this.held.set(r.lease_token!, { handing: false });
    // The whole batch stays leased while it is worked through, however slow the provider.
    const renewal = setInterval(() => {
      this.repo.renew([...this.held.keys()], new Date(Date.now() + leaseMs)).catch((err: unknown) => this.log.warn({ err }, 'outbox lease renewal failed'));
    }, Math.max(200, leaseMs / 3));
    const queue = [...rows];
    try {
      const files = await this.repo.attachmentsOf(rows.filter((r) => r.channel === 'email').map((r) => r.id));
      const sender = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          if (signal?.aborted || this.halted) {
            queue.unshift(row);
            return;
          }
          try {
            result[await this.deliver(row, now, row.channel === 'email' ? files.get(row.id) : undefined)]++;
          } finally {
            this.held.delete(row.lease_token!);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(this.config.concurrency ?? 1, rows.length)) }, sender));
    } finally {
      clearInterval(renewal);
      const unstarted = queue.map((r) => r.lease_token!);
      for (const t of unstarted) this.held.delete(t);
      if (unstarted.length) result.released = await this.repo.release(unstarted);
    }
    return result;
  }

  /**
   * Gives back at once every message this dispatcher holds that was not handed over yet (the end
   * of a stopping worker's grace period); later hand-overs of this dispatcher are refused.
   */
  async halt(): Promise<number> {
    this.halted = true;
    const tokens = [...this.held.entries()].filter(([, h]) => !h.handing).map(([t]) => t);
    return this.repo.release(tokens);
  }

  /** Passes until nothing is due (tests, and draining at shutdown). */
  async drain(now = new Date(), maxPasses = 100): Promise<DispatchResult> {
    const total = emptyResult();
    for (let i = 0; i < maxPasses; i++) {
      const r = await this.runOnce(now);
      for (const k of Object.keys(total) as (keyof DispatchResult)[]) total[k] += r[k];
      if (r.claimed === 0) break;
    }
    return total;
  }

  private async deliver(row: OutboxRow, now: Date, attachments?: OutgoingMessage['attachments']): Promise<Outcome> {
    let segments: number | null = null;
    let params: Params = {};
    const sensitive = isTemplateKey(row.template) && templates[row.template].sensitive === true;
    const token = row.lease_token!;
    let handedOver = false;
    const handOver = async () => {
      const mine = this.held.get(token);
      if (this.halted || !mine || mine.handing) throw new Error('not handed over: the dispatcher is stopping');
      mine.handing = true;
      if (!(await this.repo.handOver(token, new Date(), segments))) throw new Error('not handed over: the claim on this message lapsed');
      handedOver = true;
    };
    try {
      params = (typeof row.params === 'string' ? JSON.parse(row.params) : row.params) as Params;
      const transport = this.transports[row.channel];
      if (!transport) throw new NotDelivered(`no ${row.channel} transport is configured`);
      // A webhook's params are its body: nothing to render.
      const webhook = row.channel === 'webhook';
      const rendered = webhook
        ? { subject: '', text: '', html: '', sms: '' }
        : await this.templates.render({ template: row.template, language: row.language, entityId: row.entity_id, params, reference: row.reference });
      let sms;
      if (row.channel === 'sms') {
        const text = fitSms(rendered.sms, this.config.sms.maxSegments);
        sms = { text, size: smsSize(text) };
        segments = sms.size.segments;
      }
      await transport.send({
        ...(transport.handsOver ? { handOver } : {}),
        messageId: row.message_id,
        to: row.address,
        language: row.language,
        reference: row.reference,
        rendered,
        sms,
        ...(webhook ? { payload: params } : {}),
        ...(sensitive ? { secret: true } : {}),
        ...(attachments?.length ? { attachments } : {}),
      });
      if (handedOver) await this.repo.confirm(token, new Date(), sensitive);
      else await this.repo.markSent(token, new Date(), segments, sensitive);
      return 'sent';
    } catch (error) {
      // A provider's error may echo the message: its code and links are taken out before it is logged or kept.
      const detail = withoutSecrets(errorText(error), params);
      if (handedOver && !(error instanceof NotDelivered)) {
        // The provider may have it: sending again could deliver it twice.
        this.log.warn({ outboxId: row.id, channel: row.channel, attempt: row.attempts, error: detail }, 'notification handed over, outcome unknown; not sent again');
        await this.repo.markUnknown(token, detail, sensitive);
        return 'unknown';
      }
      const park = row.attempts >= this.config.maxAttempts;
      const retryAt = park ? null : new Date(now.getTime() + backoffSeconds(row.attempts, this.config.backoffSeconds, this.config.maxBackoffSeconds) * 1000);
      this.log[park ? 'error' : 'warn']({ outboxId: row.id, channel: row.channel, attempt: row.attempts, error: detail }, park ? 'notification parked' : 'notification failed; will retry');
      await this.repo.markFailed(token, detail, retryAt, segments);
      return park ? 'parked' : 'failed';
    }
  }
}
