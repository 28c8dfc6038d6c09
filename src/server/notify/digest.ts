import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { OutboxRepository } from './outbox.repository.ts';
import type { TemplateService } from './template.service.ts';
import type { Params } from './template-render.ts';
import { localDayHour } from '../../common/zoned-time.ts';

class AlreadySent extends Error {}

/**
 * The daily digest: staff who chose it get their non-urgent notices (held in the outbox) as one
 * email a day, after the configured local hour. The (staff, day) key makes it once a day even
 * with several workers; the held rows are locked with SKIP LOCKED while they are gathered.
 */
export class DigestService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: OutboxRepository,
    private readonly templates: TemplateService,
    private readonly config: { timeZone: string; digestHour: number },
    private readonly log: Logger,
  ) {}

  /** Sends today's digests that are due; answers how many were queued. */
  async run(now = new Date()): Promise<number> {
    const { day, hour } = localDayHour(now, this.config.timeZone);
    if (hour < this.config.digestHour) return 0;
    let queued = 0;
    for (const staffId of await this.repo.staffWithHeld(now)) {
      if (await this.digestFor(staffId, day, now)) queued++;
    }
    return queued;
  }

  private async digestFor(staffId: number, day: string, now: Date): Promise<boolean> {
    const staff = await this.repo.staffMember(staffId);
    if (!staff) return false;
    try {
      return await this.db.transaction().execute(async (tx) => {
        const held = await this.repo.lockHeld(tx, staffId, now);
        if (!held.length) return false;
        const lines: string[] = [];
        for (const h of held) {
          const params = (typeof h.params === 'string' ? JSON.parse(h.params) : h.params) as Params;
          const r = await this.templates.render({ template: h.template, language: staff.language, entityId: h.entity_id, params, reference: h.reference }, tx);
          lines.push(`• ${r.subject}`);
        }
        const digestId = await this.repo.insertReturningId(tx, {
          channel: 'email',
          address: staff.email,
          language: staff.language,
          template: 'staff_digest',
          params: JSON.stringify({ count: String(held.length), items: lines.join('\n') }),
          entity_id: staff.entity_id,
          staff_id: staff.id,
          urgent: true,
        });
        if (!(await this.repo.claimDigestDay(tx, staffId, day, digestId))) throw new AlreadySent();
        await this.repo.markDigested(tx, held.map((h) => h.id), digestId);
        return true;
      });
    } catch (error) {
      if (error instanceof AlreadySent) return false;
      this.log.warn({ err: error, staffId }, 'digest failed');
      return false;
    }
  }
}
