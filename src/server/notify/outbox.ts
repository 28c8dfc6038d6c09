/**
 * The outbox: notifications are rows written in the same transaction as the change that causes
 * them; the dispatcher sends them later. `enqueue` is the one way in. It resolves each recipient —
 * a case's contact (by the citizen's channel preference), a staff member (by their delivery
 * preference: instant, or held for the daily digest), the staff of an entity in some roles, or a
 * bare address — into one row per address and channel.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Language, StaffRole } from '../../common/enums.ts';
import type { DB, NotificationOutboxTable } from '../db/schema.ts';
import { FollowerRatingRepository } from '../survey/follower-rating.repository.ts';
import { newFollowerToken } from '../survey/follower-rating.service.ts';
import { OutboxRepository } from './outbox.repository.ts';
import type { Params } from './template-render.ts';
import { isTemplateKey, type TemplateKey } from './templates.ts';

/** How a person is reached: SMS, email, or back through the relay their case came from. */
export type Channel = 'sms' | 'email' | 'relay';

/** The case events integration endpoints may subscribe to. */
export const webhookEvents = ['case.created', 'case.status_changed', 'case.resolved'] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/** The template of a webhook row: nothing is rendered, its params are the JSON body. */
export const WEBHOOK_TEMPLATE = 'webhook_event';

/** A relay conversation a case came from: its answers go back there (address `{channel}:{conversationId}`). */
export interface RelayConversation {
  channel: string;
  conversationId: string;
}

/** Who receives a notification. */
export type Recipient =
  /** A case's contact; a matching citizen account (by id, phone or email) supplies the preferences. */
  | { kind: 'contact'; phone: string | null; email: string | null; citizenId?: number | null; relay?: RelayConversation | null }
  /** Only the followers of the message's case: a case without its own contact (anonymous) still tells them. */
  | { kind: 'followers' }
  /** One staff member, by email. */
  | { kind: 'staff'; staffId: number }
  /** The active staff of some entities holding some roles (e.g. the supervisors of a receiving entity). */
  | { kind: 'entity_staff'; entityIds: number[]; roles: StaffRole[] }
  /** An address as given (one-time codes, password resets). */
  | { kind: 'address'; channel: Channel; to: string }
  /** The active integration endpoints subscribed to an event, national or of the message's entity; params are the body. */
  | { kind: 'webhooks'; event: WebhookEvent };

/** A file an email carries (a monthly report's workbook). SMS never carry files. */
export interface OutboxAttachment {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** One notification, before it is resolved into outbox rows. */
export interface OutboxMessage {
  recipient: Recipient;
  template: TemplateKey | typeof WEBHOOK_TEMPLATE;
  params?: Params;
  /**
   * The language to write in. For a case's contact pass the case's language (chosen at
   * submission "for replies and notifications"); when absent, the recipient's stored language
   * (citizen account, staff account) applies, else Arabic. Staff always get their own language.
   */
  language?: Language;
  /** Only these channels (for a contact; still subject to the citizen's preference). */
  channels?: Channel[];
  caseId?: number | null;
  reference?: string | null;
  /** The entity whose wording applies and whose administrators see the message if it is parked. */
  entityId?: number | null;
  /** Urgent staff notices go out at once even to staff who chose the daily digest. */
  urgent?: boolean;
  /**
   * Files for the email rows of this message (stored once per enqueue, however many messages
   * share the same object). A message with files is never held for a digest.
   */
  attachments?: OutboxAttachment[];
}

/** A citizen's channel choice. */
export interface ChannelPreference {
  notifySms: boolean;
  notifyEmail: boolean;
  /** Answers back through the relay a case came from (on when absent). */
  notifyRelay?: boolean;
}

/**
 * The channels to reach a contact on: each channel the contact has an address for, unless a
 * citizen account has switched it off. Without an account both are used.
 */
export function channelsFor(contact: { phone: string | null; email: string | null; relay?: RelayConversation | null }, prefs?: ChannelPreference): Channel[] {
  const out: Channel[] = [];
  if (contact.phone && (prefs?.notifySms ?? true)) out.push('sms');
  if (contact.email && (prefs?.notifyEmail ?? true)) out.push('email');
  if (contact.relay && (prefs?.notifyRelay ?? true)) out.push('relay');
  return out;
}

/** The outbox address of a channel for a contact. */
function addressOf(channel: Channel, r: { phone: string | null; email: string | null; relay?: RelayConversation | null }): string {
  if (channel === 'relay') return `${r.relay!.channel}:${r.relay!.conversationId}`;
  return channel === 'sms' ? r.phone! : r.email!;
}

type Row = Insertable<NotificationOutboxTable>;

function baseRow(m: OutboxMessage, language: Language): Omit<Row, 'channel' | 'address'> {
  return {
    language,
    template: m.template,
    params: JSON.stringify(m.params ?? {}),
    case_id: m.caseId ?? null,
    reference: m.reference ?? null,
    entity_id: m.entityId ?? null,
    urgent: m.urgent ?? false,
  };
}

type Looked = Awaited<ReturnType<OutboxRepository['citizensAndEndpoints']>>;

/** The contact recipients of some messages. */
function contactsOf(messages: OutboxMessage[]) {
  return messages.flatMap((m) => (m.recipient.kind === 'contact' ? [{ m, r: m.recipient }] : []));
}

/**
 * What the contact and webhook recipients of some messages need from the database — the matching
 * citizen accounts and the active endpoints — read in one statement; none when neither is wanted.
 */
async function lookUp(repo: OutboxRepository, messages: OutboxMessage[]): Promise<Looked> {
  const contacts = contactsOf(messages);
  const webhooks = messages.some((m) => m.recipient.kind === 'webhooks');
  if (!contacts.length && !webhooks) return { citizens: [], endpoints: [] };
  return repo.citizensAndEndpoints(
    contacts.flatMap(({ r }) => (r.citizenId ? [r.citizenId] : [])),
    contacts.flatMap(({ r }) => (r.phone ? [r.phone] : [])),
    contacts.flatMap(({ r }) => (r.email ? [r.email] : [])),
    webhooks,
  );
}

function contactRows(citizens: Looked['citizens'], messages: OutboxMessage[]): Row[] {
  return contactsOf(messages).flatMap(({ m, r }) => {
    const citizen =
      citizens.find((c) => r.citizenId && c.id === r.citizenId) ??
      citizens.find((c) => r.phone && c.phone === r.phone) ??
      citizens.find((c) => r.email && c.email === r.email);
    const prefs = citizen ? { notifySms: citizen.notify_sms, notifyEmail: citizen.notify_email, notifyRelay: citizen.notify_relay } : undefined;
    const channels = channelsFor(r, prefs).filter((c) => !m.channels || m.channels.includes(c));
    const base = { ...baseRow(m, m.language ?? citizen?.language ?? 'ar'), citizen_id: citizen?.id ?? null };
    return channels.map((channel) => ({ ...base, channel, address: addressOf(channel, r) }));
  });
}

/** The public steps a case's followers are told of, as its own citizen is ("mine too"; a merged case's people). */
export const followerTemplates: ReadonlySet<string> = new Set([
  'entity_replied',
  'case_resolved',
  'case_rejected',
  'case_merged',
  'case_reopened',
  'case_transferred',
  'suggestion_under_study',
  'suggestion_accepted',
  'suggestion_implemented',
  'suggestion_declined',
]);

/** The notices that carry a follower's own rating link (`followerToken`, never the case's tracking code). */
const followerRated: ReadonlySet<string> = new Set(['case_resolved']);

/**
 * A case's followers get each public-step notice meant for its citizen — whether or not the case has
 * a contact of its own (recipient `followers`) — in their own language and by their own channel
 * preference (a matching citizen account's, else every address they gave). A resolution notice
 * carries each follower's own rating link: a new token per notice, its hash stored in the same transaction.
 */
async function followerRows(db: Kysely<DB>, repo: OutboxRepository, messages: OutboxMessage[]): Promise<Row[]> {
  const told = messages.filter(
    (m) => (m.recipient.kind === 'contact' || m.recipient.kind === 'followers') && m.caseId && followerTemplates.has(m.template),
  );
  if (!told.length) return [];
  const followers = await repo.followersOf([...new Set(told.map((m) => m.caseId!))]);
  if (!followers.length) return [];
  const accounts = await repo.citizensFor(followers.flatMap((f) => (f.citizen_id ? [f.citizen_id] : [])), [], []);
  const tokens: { case_id: number; follower_id: number; token_hash: string }[] = [];
  const rows = told.flatMap((m) =>
    followers
      .filter((f) => f.case_id === m.caseId)
      .flatMap((f) => {
        const account = accounts.find((c) => c.id === f.citizen_id);
        const prefs = account ? { notifySms: account.notify_sms, notifyEmail: account.notify_email } : undefined;
        const channels = channelsFor(f, prefs);
        let own = m;
        if (channels.length && followerRated.has(m.template)) {
          const { token, hash } = newFollowerToken();
          tokens.push({ case_id: f.case_id, follower_id: Number(f.id), token_hash: hash });
          own = { ...m, params: { ...m.params, followerToken: token } };
        }
        const base = { ...baseRow(own, f.language), citizen_id: f.citizen_id };
        return channels.map((channel) => ({ ...base, channel, address: addressOf(channel, f) }));
      }),
  );
  await new FollowerRatingRepository(db).issue(tokens);
  return rows;
}

async function staffRows(repo: OutboxRepository, messages: OutboxMessage[]): Promise<Row[]> {
  const wanted = messages.filter((m) => m.recipient.kind === 'staff' || m.recipient.kind === 'entity_staff');
  if (!wanted.length) return [];
  const ids = wanted.flatMap((m) => (m.recipient.kind === 'staff' ? [m.recipient.staffId] : []));
  const groups = wanted.flatMap((m) => (m.recipient.kind === 'entity_staff' ? [m.recipient] : []));
  const staff = await repo.activeStaff(ids, groups);
  return wanted.flatMap((m) => {
    const r = m.recipient;
    const to = staff.filter((s) =>
      r.kind === 'staff' ? s.id === r.staffId : r.kind === 'entity_staff' && r.entityIds.includes(s.entity_id) && r.roles.includes(s.role),
    );
    return to.map((s) => ({
      ...baseRow(m, s.language),
      channel: 'email' as const,
      address: s.email,
      staff_id: s.id,
      status: !m.urgent && s.notify_mode === 'digest' ? ('held' as const) : ('pending' as const),
    }));
  });
}

/** One row per active endpoint subscribed to the event, national or of the message's entity. */
function webhookRows(endpoints: Looked['endpoints'], messages: OutboxMessage[]): Row[] {
  const wanted = messages.flatMap((m) => (m.recipient.kind === 'webhooks' ? [{ m, event: m.recipient.event }] : []));
  return wanted.flatMap(({ m, event }) =>
    endpoints
      .filter((e) => e.events.includes(event) && (e.entity_id === null || e.entity_id === m.entityId))
      .map((e) => ({ ...baseRow(m, 'en'), channel: 'webhook' as const, address: String(e.id), urgent: true })),
  );
}

/** A message's template must be a known one (a webhook's is fixed). */
function checkTemplate(m: OutboxMessage): void {
  if (m.recipient.kind === 'webhooks' ? m.template !== WEBHOOK_TEMPLATE : !isTemplateKey(m.template)) throw new Error(`unknown notification template ${m.template}`);
}

/**
 * Writes notifications to the outbox. Pass the transaction of the change that causes them, so
 * they exist exactly when the change does. Recipients without a usable address are skipped.
 */
export async function enqueue(db: Kysely<DB>, messages: OutboxMessage[]): Promise<number> {
  if (!messages.length) return 0;
  for (const m of messages) checkTemplate(m);
  const repo = new OutboxRepository(db);
  const plain = messages.filter((m) => !m.attachments?.length);
  let count = plain.length ? await insertRows(db, repo, plain) : 0;
  // Messages with files: each one's rows are inserted on their own, so their ids can be linked to the files.
  const stored = new Map<OutboxAttachment, number>();
  for (const m of messages.filter((x) => x.attachments?.length)) {
    const rows = dedupe(await rowsOf(db, repo, [{ ...m, urgent: true }]));
    const inserted = await repo.insertReturning(rows);
    count += inserted.length;
    const emails = inserted.filter((r) => r.channel === 'email').map((r) => r.id);
    if (!emails.length) continue;
    for (const a of m.attachments!) if (!stored.has(a)) stored.set(a, await repo.storeAttachment(a));
    await repo.linkAttachments(emails, m.attachments!.map((a) => stored.get(a)!));
  }
  return count;
}

async function rowsOf(db: Kysely<DB>, repo: OutboxRepository, messages: OutboxMessage[]): Promise<Row[]> {
  const addressed: Row[] = messages.flatMap((m) =>
    m.recipient.kind === 'address' && m.recipient.to ? [{ ...baseRow(m, m.language ?? 'ar'), channel: m.recipient.channel, address: m.recipient.to }] : [],
  );
  const { citizens, endpoints } = await lookUp(repo, messages);
  return [
    ...addressed,
    ...contactRows(citizens, messages),
    ...(await followerRows(db, repo, messages)),
    ...(await staffRows(repo, messages)),
    ...webhookRows(endpoints, messages),
  ];
}

/** The same notice reaches a person once, even when two recipients resolve to them (assignee and supervisor). */
function dedupe(all: Row[]): Row[] {
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = [r.channel, r.address, r.template, r.case_id, r.params].join('|');
    return !seen.has(key) && seen.add(key);
  });
}

async function insertRows(db: Kysely<DB>, repo: OutboxRepository, messages: OutboxMessage[]): Promise<number> {
  const rows = dedupe(await rowsOf(db, repo, messages));
  await repo.insert(rows);
  return rows.length;
}

/** An outbox row as {@link resolveNotices} answers it: `params` is JSON text. */
export type NoticeRow = Insertable<NotificationOutboxTable> & { params: string };

/**
 * The rows {@link enqueue} would write for messages without files, resolved (recipients, channel
 * preferences, languages) but not written: for a change that writes them in its own single
 * statement, so both exist or neither does (intake writes a case and its acknowledgement so).
 */
export async function resolveNotices(db: Kysely<DB>, messages: OutboxMessage[]): Promise<NoticeRow[]> {
  for (const m of messages) {
    checkTemplate(m);
    if (m.attachments?.length) throw new Error('resolveNotices takes no messages with files');
  }
  return dedupe(await rowsOf(db, new OutboxRepository(db), messages)) as NoticeRow[];
}
