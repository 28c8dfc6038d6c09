import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { normalizeForIndex, searchTermGroups } from '../../common/arabic.ts';
import type {
  BoardQuery,
  PublicSuggestion,
  SuggestionKpi,
  ThresholdBody,
} from '../../common/schemas/public-suggestion.schema.ts';
import { requireStaff, type AccessService } from '../access/access.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { followerKey, isReporter } from '../similar/followers.ts';
import { SimilarRepository } from '../similar/similar.repository.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { addWorkingTime } from '../sla/working-time.ts';
import { presentModeration, presentOpenData, presentPublic, statusesOf, type BoardRow } from './suggestion.presenter.ts';
import type { SuggestionRepository } from './suggestion.repository.ts';
import { applicableThreshold, requiredSupporters } from './suggestion-rules.ts';

/** Statuses in which a suggestion can no longer gather support. */
const finalStatuses: readonly string[] = ['implemented', 'declined', 'resolved', 'closed', 'rejected', 'merged'];

export interface SuggestionOptions {
  timeZone: string;
  now: () => number;
}

/** A text's length and digest: what the audit keeps of a redaction instead of the words removed. */
function fingerprint(s: string) {
  return { length: s.length, sha256: createHash('sha256').update(s).digest('hex') };
}

/** Public suggestions: moderation, the board, support and its threshold, answer figures, open data. */
export class SuggestionService {
  private readonly opts: SuggestionOptions;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: SuggestionRepository,
    private readonly access: AccessService,
    private readonly audit: AuditRepository,
    private readonly sla: SlaService,
    opts: Partial<SuggestionOptions> & { timeZone: string },
  ) {
    this.opts = { now: Date.now, ...opts };
  }

  /** The public board: published suggestions by entity, service, governorate and state, searched with the Arabic pipeline. */
  async board(actor: Actor, q: BoardQuery) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const ids = await this.repo.idsOf(q.entity, q.service);
    if (ids.entityId === null || ids.serviceId === null) return { items: [], total: 0, page, pageSize };
    const { rows, total } = await this.repo.board({
      entityId: ids.entityId,
      serviceId: ids.serviceId,
      governorate: q.governorate,
      statuses: q.state ? statusesOf(q.state) : undefined,
      terms: q.q ? searchTermGroups(q.q) : undefined,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items: await this.present(actor, rows), total, page, pageSize };
  }

  /** One published suggestion; anything else is not found. */
  async one(actor: Actor, id: number): Promise<PublicSuggestion> {
    const row = await this.repo.one(id);
    if (!row || row.state !== 'published') throw errors.notFound('suggestion');
    return (await this.present(actor, [row]))[0]!;
  }

  private async present(actor: Actor, rows: (BoardRow & { case_id: number; entity_id: number; service_id: number })[]) {
    const plans = await this.repo.plans(rows.filter((r) => ['accepted', 'in_progress', 'implemented'].includes(r.status)).map((r) => Number(r.case_id)));
    const mine = actor.kind === 'citizen' ? await this.repo.supportedBy(actor.id, rows.map((r) => Number(r.id))) : undefined;
    const now = this.opts.now();
    const out: PublicSuggestion[] = [];
    for (const r of rows) {
      const required = r.threshold_required ?? (await this.required(this.db, Number(r.entity_id), Number(r.service_id)))?.required ?? null;
      out.push(presentPublic(r, { now, required, plan: plans.get(Number(r.case_id)), supportedByMe: mine ? mine.has(Number(r.id)) : undefined }));
    }
    return out;
  }

  /** The threshold that applies to a case's entity and service, with the supporters it requires now. */
  private async required(db: Kysely<DB>, entityId: number, serviceId: number) {
    const t = applicableThreshold(await this.repo.thresholdsFor(db, entityId, serviceId), serviceId);
    if (!t) return undefined;
    const required = requiredSupporters(t, t.population);
    return required === null ? undefined : { required, answerMinutes: t.answer_minutes };
  }

  /**
   * A verified citizen (signed in with a one-time code) supports a published suggestion: once — a
   * second support changes nothing. The supporter follows the case (told of its public steps).
   * When the supporters reach the threshold, a public answer falls due that many working minutes
   * later on the case's calendar.
   */
  async support(actor: Actor, id: number) {
    if (actor.kind !== 'citizen') throw actor.kind === 'anonymous' ? errors.unauthenticated() : errors.forbidden('Only citizens signed in with a one-time code support suggestions.');
    await this.sla.ready();
    return this.db.transaction().execute(async (tx) => {
      const p = await this.repo.lock(tx, id);
      const row = p && p.state === 'published' ? await this.repo.one(id, tx) : undefined;
      if (!p || !row) throw errors.notFound('suggestion');
      if (finalStatuses.includes(row.status)) throw errors.actionNotAllowed('support', row.status);
      const added = await this.repo.addSupport(tx, id, actor.id);
      const count = Number(p.support_count) + (added ? 1 : 0);
      if (added) {
        const person = { citizenId: actor.id, phone: actor.phone, email: actor.email };
        const c = await this.repo.reporterOf(tx, Number(row.case_id));
        if (!isReporter(person, c)) {
          await new SimilarRepository(tx).addFollowers(tx, Number(row.case_id), [{ ...person, key: followerKey(person), language: actor.language, source: 'mine_too' }]);
        }
      }
      let crossed = p.threshold_crossed_at !== null;
      if (!crossed) {
        const t = await this.required(tx, Number(row.entity_id), Number(row.service_id));
        if (t && count >= t.required) {
          const at = new Date(this.opts.now());
          const cal = this.sla.calendarOf(await this.repo.caseClock(tx, Number(row.case_id)));
          const due = cal ? addWorkingTime(at, t.answerMinutes, cal) : new Date(at.getTime() + t.answerMinutes * 60_000);
          await this.repo.markCrossed(tx, id, at, t.required, due);
          crossed = true;
        }
      }
      return { id, supported: true as const, supportCount: count, thresholdCrossed: crossed };
    });
  }

  /** Requests to publish in the moderator's scope. */
  async moderationList(actor: Actor, state: 'pending' | 'published' | 'refused' = 'pending') {
    const staff = requireStaff(actor, 'public_suggestion', 'write');
    const entityIds = await this.access.entityIds(staff, 'public_suggestion', 'write');
    return { items: (await this.repo.moderationList(entityIds, state)).map(presentModeration) };
  }

  /** One request to publish, in the moderator's scope (out of scope: not found). */
  async moderationOne(actor: Actor, id: number) {
    return presentModeration(await this.inScope(actor, id, this.db));
  }

  private async inScope(actor: Actor, id: number, db: Kysely<DB>) {
    const staff = requireStaff(actor, 'public_suggestion', 'write');
    const row = await this.repo.one(id, db);
    if (!row || !(await this.access.entityIds(staff, 'public_suggestion', 'write', db)).includes(Number(row.entity_id))) throw errors.notFound('suggestion');
    return row;
  }

  /**
   * Publishes a pending request with the public text the moderator settled on. A changed text is
   * a redaction: the audit records who and when, and the length and digest of the text before and
   * after — never the words removed.
   */
  async publish(actor: Actor, id: number, publicText: string) {
    return this.moderate(actor, id, 'published', publicText);
  }

  /** Refuses a pending request: the suggestion stays a private case. */
  async refuse(actor: Actor, id: number) {
    return this.moderate(actor, id, 'refused');
  }

  private async moderate(actor: Actor, id: number, state: 'published' | 'refused', publicText?: string) {
    const staff = requireStaff(actor, 'public_suggestion', 'write');
    return this.db.transaction().execute(async (tx) => {
      const p = await this.repo.lock(tx, id);
      const row = p ? await this.inScope(actor, id, tx) : undefined;
      if (!p || !row) throw errors.notFound('suggestion');
      if (p.state !== 'pending') throw errors.actionNotAllowed(state === 'published' ? 'publish' : 'refuse', p.state);
      const changed = publicText !== undefined && publicText !== p.public_text;
      const at = new Date(this.opts.now());
      await this.repo.moderate(tx, id, {
        state,
        staffId: staff.id,
        at,
        ...(publicText !== undefined ? { publicText, searchText: normalizeForIndex(publicText), redacted: p.redacted || changed } : {}),
      });
      await this.audit.record(
        {
          actorStaffId: staff.id,
          action: state === 'published' ? 'suggestion.publish' : 'suggestion.refuse',
          targetType: 'suggestion',
          targetId: String(id),
          entityId: Number(row.entity_id),
          before: { state: p.state, text: fingerprint(p.public_text) },
          after: { state, textChanged: changed, ...(publicText !== undefined ? { text: fingerprint(publicText) } : {}) },
        },
        tx,
      );
      return presentModeration((await this.repo.one(id, tx))!);
    });
  }

  /** Thresholds of the entities the actor administers. */
  async thresholds(actor: Actor) {
    const staff = requireStaff(actor, 'service', 'read');
    const rows = await this.repo.thresholds(await this.access.entityIds(staff, 'service', 'read'));
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        entity: { code: r.entity_code, name: { ar: r.name_ar, en: r.name_en } },
        serviceCode: r.service_code ?? null,
        supporters: r.supporters,
        per10k: r.per_10k === null ? null : Number(r.per_10k),
        answerMinutes: r.answer_minutes,
      })),
    };
  }

  /** Sets an entity's threshold, or one of its services'; audited. */
  async putThreshold(actor: Actor, body: ThresholdBody) {
    const staff = requireStaff(actor, 'service', 'write');
    const entity = await this.access.entityByCode(body.entityCode);
    if (!entity || !(await this.access.entityIds(staff, 'service', 'write')).includes(entity.id)) throw errors.notFound('entity');
    await this.db.transaction().execute(async (tx) => {
      const service = body.serviceCode ? await this.repo.serviceOf(tx, entity.id, body.serviceCode) : null;
      if (body.serviceCode && !service) throw errors.field('serviceCode', 'unknown_service', `No service ${body.serviceCode} of ${body.entityCode}.`);
      const t = { entityId: entity.id, serviceId: service ? Number(service.id) : null, supporters: body.supporters ?? null, per10k: body.per10k ?? null, answerMinutes: body.answerMinutes };
      const { id, before } = await this.repo.putThreshold(tx, t);
      await this.audit.record({ actorStaffId: staff.id, action: 'suggestion_threshold.put', targetType: 'suggestion_threshold', targetId: String(id), entityId: entity.id, before, after: body }, tx);
    });
    return this.thresholds(actor);
  }

  /** Answers owed per entity and per service, in the actor's indicator scope. */
  async figures(actor: Actor, q: { entity?: string }): Promise<SuggestionKpi> {
    const staff = requireStaff(actor, 'indicator', 'read');
    let ids = await this.access.entityIds(staff, 'indicator', 'read');
    if (q.entity) {
      const e = await this.access.entityByCode(q.entity);
      ids = e && ids.includes(e.id) ? [e.id] : [];
    }
    const rows = await this.repo.answerFigures(ids, new Date(this.opts.now()));
    const figures = (r: (typeof rows)[number]) => ({
      due: r.due,
      answeredOnTime: r.answered_on_time,
      answeredLate: r.answered_late,
      overdue: r.overdue,
      pending: r.pending,
    });
    const entities = new Map<string, SuggestionKpi['entities'][number]>();
    for (const r of rows) {
      const e = entities.get(r.entity_code) ?? { entity: { code: r.entity_code, name: { ar: r.entity_name_ar, en: r.entity_name_en } }, due: 0, answeredOnTime: 0, answeredLate: 0, overdue: 0, pending: 0 };
      const f = figures(r);
      for (const k of ['due', 'answeredOnTime', 'answeredLate', 'overdue', 'pending'] as const) e[k] += Number(f[k]);
      entities.set(r.entity_code, e);
    }
    return {
      entities: [...entities.values()],
      services: rows.map((r) => ({
        entity: { code: r.entity_code, name: { ar: r.entity_name_ar, en: r.entity_name_en } },
        service: { code: r.service_code, name: { ar: r.service_name_ar, en: r.service_name_en } },
        ...figures(r),
      })),
    };
  }

  /** Open data: one row per published suggestion, no personal data. */
  async openData() {
    const now = this.opts.now();
    return (await this.repo.openData()).map((r) => presentOpenData(r, this.opts.timeZone, now));
  }
}
