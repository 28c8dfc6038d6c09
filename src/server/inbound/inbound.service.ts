import type { Logger } from 'pino';
import type { CaseType } from '../../common/enums.ts';
import { normalizeEmail } from '../../common/email.ts';
import { normalizePhone } from '../../common/phone.ts';
import type { CreateCaseInput } from '../../common/schemas/case.schema.ts';
import type { CaseActionService } from '../cases/case-actions.service.ts';
import type { CaseRepository, CaseRow } from '../cases/case.repository.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import { AppError, errors } from '../http/errors.ts';
import { autoChoiceEvent, takesUnattended, type AutoChooser } from '../suggest/suggest.service.ts';
import type { InboundRepository } from './inbound.repository.ts';
import type { InboundMessage, InboundResult, RelayChannel } from './inbound.schema.ts';
import { findReferences } from './reference-scan.ts';

const MAX_TEXT = 4000;

/** Arabic when the text has more Arabic letters than Latin ones. */
export function guessLanguage(text: string): 'ar' | 'en' {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic >= latin ? 'ar' : 'en';
}

/** An email's own words: quoted lines and everything after a reply header are dropped. */
export function ownWords(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => /^\s*(On .{3,200} wrote:|في .{3,200} كتب:|-{2,}\s*Original Message\s*-{2,}|_{5,})\s*$/i.test(l));
  const kept = (cut >= 0 ? lines.slice(0, cut) : lines).filter((l) => !/^\s*>/.test(l)).join('\n').trim();
  return kept || text.trim();
}

function clip(text: string, max = MAX_TEXT): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Messages from channel relays (WhatsApp, social media, email). One that quotes a known reference
 * and comes from that case's contact on file becomes the citizen's reply on it; anything else
 * becomes a new case with the channel it came from: in the service the suggester chooses when its
 * confidence reaches that service's threshold, else in the triage service. Each message id is
 * handled once: a replay is refused.
 */
export class InboundService {
  constructor(
    private readonly repo: InboundRepository,
    private readonly caseRepo: CaseRepository,
    private readonly cases: CaseService,
    private readonly caseActions: CaseActionService,
    private readonly catalogue: CatalogueService,
    private readonly config: Config,
    private readonly log: Logger,
    /** Chooses the service of a message that names none; without it, every new case goes to triage. */
    private readonly suggester?: AutoChooser,
  ) {}

  async receive(channel: RelayChannel, message: InboundMessage): Promise<InboundResult> {
    if (!(await this.repo.claim(channel, message.messageId))) {
      throw new AppError(409, 'idempotency_key_reused', 'A message with this id was already received; nothing was done.');
    }
    try {
      return await this.handle(channel, message);
    } catch (error) {
      await this.repo.release(channel, message.messageId);
      throw error;
    }
  }

  private async handle(channel: RelayChannel, message: InboundMessage): Promise<InboundResult> {
    const phone = message.from.phone ? normalizePhone(message.from.phone, this.config.country) : null;
    const email = normalizeEmail(message.from.email ?? '') || null;
    const words = clip(channel === 'email' ? ownWords(message.text) : message.text);
    for (const reference of findReferences(`${message.subject ?? ''}\n${message.text}`)) {
      const row = await this.caseRepo.findByReference(reference);
      if (!row || !this.fromContact(row, phone, email)) continue;
      if (await this.reply(row, words)) {
        await this.repo.record(channel, message.messageId, row.id, 'reply_added');
        this.log.info({ channel, reference }, 'relay message added as a citizen reply');
        return { outcome: 'reply_added', reference: row.reference };
      }
    }
    return this.newCase(channel, message, { phone, email }, words);
  }

  /** Only the contact on file may reply by relay: same normalised phone, or same email. */
  private fromContact(row: CaseRow, phone: string | null, email: string | null): boolean {
    return (phone !== null && row.contact_phone === phone) || (email !== null && row.contact_email !== null && normalizeEmail(row.contact_email) === email);
  }

  /** Adds the citizen's reply; retries once when the case changed meanwhile. False when the case no longer takes replies. */
  private async reply(row: CaseRow, body: string): Promise<boolean> {
    let version = row.version;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.caseActions.act({ caseId: row.id, role: 'citizen', citizenId: row.citizen_id ?? undefined }, 'citizen-reply', { body }, version);
        return true;
      } catch (error) {
        const code = error instanceof AppError ? error.code : undefined;
        if (code === 'version_conflict' && attempt === 1) {
          version = (await this.repo.caseVersion(row.reference))?.version ?? version;
          continue;
        }
        if (code === 'action_not_allowed') return false;
        throw error;
      }
    }
  }

  private async newCase(channel: RelayChannel, message: InboundMessage, sender: { phone: string | null; email: string | null }, words: string): Promise<InboundResult> {
    const contact = sender.phone || sender.email ? { name: message.from.name, phone: sender.phone ?? undefined, email: sender.email ?? undefined } : undefined;
    const chosen = await this.suggester?.autoChoose(`${message.subject ?? ''} ${words}`, (s) => takesUnattended(s, contact !== undefined));
    const service = chosen?.service ?? (await this.catalogue.get(this.config.inbound.serviceCode));
    if (!service) throw errors.unavailable(`The triage service ${this.config.inbound.serviceCode} is not in the catalogue.`);
    const type: CaseType = message.type && service.types.includes(message.type) ? message.type : service.types.includes('complaint') ? 'complaint' : service.types[0]!;
    const input: CreateCaseInput = {
      type,
      serviceCode: service.code,
      ...(message.subject ? { title: message.subject } : {}),
      description: words,
      channel,
      ...(message.location ? { location: message.location } : {}),
      language: message.language ?? guessLanguage(words),
      ...(contact ? { contact } : { anonymous: true }),
    };
    const created = await this.cases.create(input, {
      submitter: { kind: 'relay', id: null },
      requestFingerprint: `${channel}:${message.messageId}`,
      files: [],
      questionsUnasked: chosen !== undefined,
      eventData: {
        relay: channel,
        relayMessageId: message.messageId,
        ...(message.from.handle ? { handle: message.from.handle } : {}),
        ...(chosen ? autoChoiceEvent(chosen) : {}),
      },
    });
    const id = (await this.repo.caseVersion(created.body.reference))!.id;
    await this.repo.record(channel, message.messageId, id, 'case_created');
    const conversation = message.conversationId ?? message.from.handle ?? message.from.phone ?? message.from.email;
    if (conversation) await this.repo.setConversation(id, conversation);
    this.log.info({ channel, reference: created.body.reference, service: service.code, autoChosen: chosen !== undefined }, 'relay message filed as a new case');
    return { outcome: 'case_created', reference: created.body.reference, trackingUrl: created.body.trackingUrl };
  }

  /** Forgets message ids too old to pass the signature's clock check anyway. */
  purge(now = new Date()): Promise<number> {
    return this.repo.purge(new Date(now.getTime() - Math.max(86_400, this.config.inbound.toleranceSeconds * 2) * 1000));
  }
}
