import type { Kysely } from 'kysely';
import { isEmail } from '../../common/email.ts';
import type { CaseType, Language } from '../../common/enums.ts';
import { normalizePhone } from '../../common/phone.ts';
import { parseReference } from '../../common/reference.ts';
import type { FollowBody, SimilarCase, SimilarQuery } from '../../common/schemas/similar.schema.ts';
import type { AccessService } from '../access/access.service.ts';
import type { CaseGate } from '../access/case-gate.ts';
import type { Actor } from '../auth/actor.ts';
import type { Throttle } from '../auth/throttle.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import type { ClientInfo } from '../http/client-info.ts';
import { followerKey, isReporter } from './followers.ts';
import { presentSimilar, type CandidateRow } from './similar.presenter.ts';
import { openStatuses, type CandidateFilter, type SimilarRepository } from './similar.repository.ts';
import {
  boundingBox,
  DEFAULT_RADIUS_M,
  DEFAULT_THRESHOLD,
  DEFAULT_WINDOW_DAYS,
  distanceMetres,
  hasText,
  similarityScore,
  textFeatures,
  textSimilarity,
} from './similarity.ts';

/** Types matched by their words alone: they are about an idea, not a place. */
const textOnlyTypes: ReadonlySet<CaseType> = new Set(['suggestion', 'inquiry']);
/** At most this many cases are scored per request (the newest in the window). */
const MAX_CANDIDATES = 400;

export interface SimilarOptions {
  windowDays: number;
  threshold: number;
  country: string;
  now: () => number;
}

/** A new report, or an existing case, to look for its likely duplicates. */
interface Probe {
  serviceId: number | null;
  groupId: number | null;
  radiusM: number;
  point: { lat: number; lng: number } | null;
  text: string;
  type: CaseType | null;
}

/** "Already reported?": likely duplicates of a new report or a case, and "this is mine too". */
export class SimilarService {
  private readonly opts: SimilarOptions;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: SimilarRepository,
    private readonly access: AccessService,
    private readonly gate: CaseGate,
    private readonly throttle: Throttle,
    opts: Partial<SimilarOptions> & { country: string },
  ) {
    this.opts = { windowDays: DEFAULT_WINDOW_DAYS, threshold: DEFAULT_THRESHOLD, now: Date.now, ...opts };
  }

  /** Open cases likely the same problem as a report being written (anyone; staff in scope see excerpts). */
  async forIntake(actor: Actor, client: ClientInfo, q: SimilarQuery): Promise<{ items: SimilarCase[]; threshold: number }> {
    await this.throttle.enforce(`similar-ip:${client.ip}`, 120, 60);
    const service = q.service ? await this.repo.service(q.service) : undefined;
    if (q.service && !service) throw errors.serviceNotFound(q.service);
    const probe: Probe = {
      serviceId: service ? Number(service.id) : null,
      groupId: service ? Number(service.group_id) : null,
      radiusM: service?.similar_radius_m ?? DEFAULT_RADIUS_M,
      point: q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null,
      text: q.text ?? '',
      type: q.type ?? null,
    };
    const scope = actor.kind === 'staff' ? await this.access.visibleEntityIds(actor) : [];
    const items = await this.find(probe, {}, q.limit ?? 5);
    const now = this.opts.now();
    return {
      threshold: this.opts.threshold,
      items: items.map((c) => presentSimilar(c.row, { score: c.score, distanceM: c.distanceM, inScope: scope.includes(Number(c.row.entity_id)), now })),
    };
  }

  /**
   * Likely duplicates of a case: for staff, among the cases they may reach (and so merge), with
   * excerpts; for the case's own signed-in citizen, the public summary as on the intake form.
   */
  async forCase(actor: Actor, reference: string): Promise<{ items: SimilarCase[]; threshold: number }> {
    const { row } = await this.gate.open(actor, reference, undefined);
    const staff = actor.kind === 'staff' ? actor : null;
    const service = await this.repo.serviceById(row.service_id);
    const probe: Probe = {
      serviceId: Number(service.id),
      groupId: Number(service.group_id),
      radiusM: service.similar_radius_m,
      point: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
      text: [row.title, row.description].filter(Boolean).join(' '),
      type: row.type,
    };
    const entityIds = staff ? await this.access.visibleEntityIds(staff) : undefined;
    const items = await this.find(probe, { entityIds, excludeCaseId: row.id }, 10);
    const now = this.opts.now();
    return {
      threshold: this.opts.threshold,
      items: items.map((c) => presentSimilar(c.row, { score: c.score, distanceM: c.distanceM, inScope: staff !== null, now })),
    };
  }

  /**
   * Scores the open cases near the probe (same service or group, within its radius) — or, for a
   * suggestion or inquiry, or a report without a point, those with the same type and words — and
   * answers those at or above the threshold, best first.
   */
  async find(probe: Probe, limits: Pick<CandidateFilter, 'entityIds' | 'excludeCaseId'>, limit: number) {
    const now = this.opts.now();
    const words = textFeatures(probe.text);
    const byText = probe.point === null || (probe.type !== null && textOnlyTypes.has(probe.type));
    if (byText && !hasText(words)) return [];
    const related = probe.groupId !== null ? await this.repo.groupServiceIds(probe.groupId) : undefined;
    const rows = await this.repo.candidates({
      since: new Date(now - this.opts.windowDays * 86_400_000),
      box: byText ? undefined : boundingBox(probe.point!, probe.radiusM),
      serviceIds: related,
      types: byText ? (probe.type ? [probe.type] : undefined) : ['complaint'],
      ...limits,
      limit: MAX_CANDIDATES,
    });
    const scored: { row: CandidateRow; score: number; distanceM: number | null }[] = [];
    for (const row of rows) {
      const distanceM = byText || row.lat === null || row.lng === null ? null : distanceMetres(probe.point!, { lat: row.lat, lng: row.lng });
      if (distanceM !== null && distanceM > probe.radiusM) continue;
      const theirs = textFeatures([row.title, row.description].filter(Boolean).join(' '));
      const score = similarityScore({
        distanceM,
        radiusM: probe.radiusM,
        sameService: probe.serviceId !== null && Number(row.service_id) === probe.serviceId,
        ageDays: (now - new Date(row.created_at).getTime()) / 86_400_000,
        windowDays: this.opts.windowDays,
        text: hasText(words) && hasText(theirs) ? textSimilarity(words, theirs) : null,
      });
      if (score >= this.opts.threshold) scored.push({ row, score, distanceM });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * "This is mine too": the asker follows an open case — told of its public steps and counted as a
   * supporter. Following twice is following once; the case's own reporter is not added. When the
   * service sets a supporter threshold and the case reaches it, its priority is raised to high.
   */
  async follow(actor: Actor, client: ClientInfo, referenceInput: string, body: FollowBody) {
    await this.throttle.enforce(`follow-ip:${client.ip}`, 30, 3600);
    const parsed = parseReference(referenceInput);
    if (!parsed) throw errors.caseNotFound();
    const person = this.personOf(actor, body);
    await this.throttle.enforce(`follow-person:${person.key}`, 20, 3600);
    return this.db.transaction().execute(async (tx) => {
      const c = await this.repo.lockForFollow(tx, parsed.reference);
      if (!c) throw errors.caseNotFound();
      if (!(openStatuses as readonly string[]).includes(c.status)) throw errors.actionNotAllowed('follow', c.status);
      const added = isReporter(person, c) ? 0 : await this.repo.addFollowers(tx, c.id, [{ ...person, source: 'mine_too' }]);
      const reportedBy = 1 + (await this.repo.followerCount(tx, c.id));
      const threshold = c.priority_raise_supporters;
      if (added && threshold !== null && reportedBy >= threshold && (c.priority === 'low' || c.priority === 'normal')) {
        await this.repo.raisePriority(tx, c.id, c.priority, 'high', reportedBy);
      }
      return { reference: c.reference, following: true as const, reportedBy };
    });
  }

  /** Who is following: a signed-in citizen, or the contact given (validated). */
  private personOf(actor: Actor, body: FollowBody) {
    const language: Language = body.language ?? (actor.kind === 'anonymous' ? 'ar' : actor.language);
    if (actor.kind === 'citizen') {
      const p = { citizenId: actor.id, phone: actor.phone, email: actor.email };
      return { ...p, key: followerKey(p), language };
    }
    const rawPhone = body.contact?.phone?.trim();
    const rawEmail = body.contact?.email?.trim().toLowerCase();
    const phone = rawPhone ? normalizePhone(rawPhone, this.opts.country) : null;
    if (rawPhone && !phone) throw errors.field('contact.phone', 'invalid_phone', 'Not a phone number');
    if (rawEmail && !isEmail(rawEmail)) throw errors.field('contact.email', 'invalid_email', 'Not an email address');
    const p = { citizenId: null, phone, email: rawEmail || null };
    if (!p.phone && !p.email) throw errors.contactRequired();
    return { ...p, key: followerKey(p), language };
  }
}
