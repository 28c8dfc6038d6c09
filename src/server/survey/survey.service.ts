import type { Kysely } from 'kysely';
import { dueDayBilingual } from '../../common/due-text.ts';
import type { CaseStatus, CaseType, Language } from '../../common/enums.ts';
import type { SurveyAnswerBody, SurveyState } from '../../common/schemas/survey.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import type { CaseGate, TrackingPass } from '../access/case-gate.ts';
import type { Actor } from '../auth/actor.ts';
import type { CaseActionService } from '../cases/case-actions.service.ts';
import type { CaseRow } from '../cases/case.repository.ts';
import { transitionTables } from '../cases/workflow.ts';
import type { DB } from '../db/schema.ts';
import { AppError, errors } from '../http/errors.ts';
import { surveyInvitation } from '../notify/case-notices.ts';
import { enqueue } from '../notify/outbox.ts';
import { presentAnswer } from './survey.presenter.ts';
import type { SurveyRepository } from './survey.repository.ts';

/**
 * Statuses in which a case's latest answer may be rated, as the workflow rates: resolved or closed,
 * and a suggestion implemented. A declined suggestion is not: it is answered with its reason, has
 * no resolution (resolved_at) and no rating. (Typed as text: a status the deployment does not have never matches.)
 */
const answeredStatuses: readonly string[] = ['resolved', 'closed', 'implemented'];
const surveyed = answeredStatuses as readonly CaseStatus[];

/** Whether a case of this type can be reopened at all (a suggestion cannot: a new idea is a new suggestion). */
const reopenable = (type: CaseType) => transitionTables[type].reopen !== undefined;

/** What the reopen carries when the citizen gave no comment, in the case's language. */
const notSolvedText: Record<Language, string> = {
  ar: 'أفاد المواطن في استبيان الرضا بأن المشكلة لم تُحل.',
  en: 'The citizen answered in the satisfaction survey that the problem was not solved.',
};

/** Invitations queued per sweep at most (the rest wait for the next). */
const INVITE_BATCH = 200;

/**
 * The satisfaction survey of a case's answer: the invitation (queued by a sweep of recent
 * resolutions, in the citizen's language and on their channels), the answer — whose overall score
 * is the case's rating, recorded by the `rate` action — and the reopen a "not solved" answer causes
 * where the service's policy says so.
 */
export class SurveyService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: SurveyRepository,
    private readonly gate: CaseGate,
    private readonly actions: CaseActionService,
    private readonly settings: { days: number; timeZone: string },
  ) {}

  private expiry(resolvedAt: Date): Date {
    return new Date(resolvedAt.getTime() + this.settings.days * 86_400_000);
  }

  private invitationOf(c: Pick<CaseRow, 'id' | 'entity_id' | 'service_id' | 'type' | 'language'>, resolvedAt: Date, notified: boolean) {
    return {
      case_id: c.id,
      resolved_at: resolvedAt,
      entity_id: c.entity_id,
      service_id: c.service_id,
      case_type: c.type,
      month: localDate(resolvedAt, this.settings.timeZone).slice(0, 7),
      language: c.language,
      notified,
      expires_at: this.expiry(resolvedAt),
    };
  }

  /**
   * Invites the resolutions of the survey window that have neither an invitation nor a rating:
   * the invitation rows and their messages are written in one transaction, the cases locked so
   * two workers never invite one twice. Answers how many were invited.
   */
  async invite(now: Date = new Date()): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const due = await this.repo.uninvited(tx, surveyed, new Date(now.getTime() - this.settings.days * 86_400_000), INVITE_BATCH);
      if (!due.length) return 0;
      await this.repo.insertInvitations(
        tx,
        due.map((c) => this.invitationOf(c, c.resolved_at, Boolean(c.contact_phone || c.contact_email))),
      );
      await enqueue(tx, due.flatMap((c) => surveyInvitation(c, dueDayBilingual(this.expiry(c.resolved_at), this.settings.timeZone, now))));
      return due.length;
    });
  }

  /** The survey of the case's latest answer as the person reaching the case sees it (its citizen, or staff in scope). */
  async state(actor: Actor, reference: string, pass: TrackingPass | undefined): Promise<SurveyState> {
    const { row } = await this.gate.open(actor, reference, pass);
    const reopenWhenNotSolved = reopenable(row.type) && (await this.repo.reopensWhenNotSolved(row.service_id));
    const base = { days: this.settings.days, reopenWhenNotSolved };
    if (!row.resolved_at || !surveyed.includes(row.status)) return { ...base, state: 'none', expiresAt: null, answer: null };
    const resolvedAt = new Date(row.resolved_at);
    const expiresAt = this.expiry(resolvedAt);
    const found = await this.repo.invitation(row.id, resolvedAt);
    const answer = presentAnswer(found);
    const state = answer ? 'answered' : Date.now() > expiresAt.getTime() ? 'expired' : 'open';
    return { ...base, state, expiresAt: expiresAt.toISOString(), answer };
  }

  /**
   * The citizen answers: refused after the survey window or when answered already; the overall
   * score is recorded as the case's rating through the `rate` action (its event, rated_at and the
   * satisfaction indicators as before), then the dimensions are stored. "Not solved" reopens the
   * case as its citizen, with the comment as the reason, when the service's policy says so.
   */
  async answer(actor: Actor, reference: string, pass: TrackingPass | undefined, body: SurveyAnswerBody, expectedVersion: () => number | undefined) {
    const { row, who } = await this.gate.open(actor, reference, pass);
    // As every change to a case: the version the client saw first (a stale one changes nothing), then who and when.
    const version = expectedVersion();
    if (version === undefined) throw errors.versionRequired();
    if (version !== row.version) throw errors.versionConflict();
    if (who.role !== 'citizen') throw errors.actionForbidden('answer the survey of');
    if (!row.resolved_at || !surveyed.includes(row.status)) throw errors.surveyNotOpen(row.status);
    const resolvedAt = new Date(row.resolved_at);
    const expiresAt = this.expiry(resolvedAt);
    if (Date.now() > expiresAt.getTime()) throw errors.surveyExpired(this.settings.days, expiresAt);
    await this.repo.insertInvitations(this.db, [this.invitationOf(row, resolvedAt, false)]);
    const invitation = await this.repo.invitation(row.id, resolvedAt);
    if (!invitation) throw errors.surveyNotOpen(row.status);
    if (invitation.answered_at !== null) throw errors.surveyAnswered();

    const comment = body.comment?.trim() || undefined;
    const rated = await this.actions.perform(actor, reference, pass, 'rate', { rating: body.overall, ...(comment ? { comment } : {}) }, expectedVersion);
    const stored = await this.repo.insertAnswer({
      invitation_id: invitation.id,
      overall: body.overall,
      speed: body.speed,
      confidentiality: body.confidentiality,
      simplicity: body.simplicity,
      solved: body.solved,
      comment: comment ?? null,
      channel: body.channel,
    });
    if (!stored) throw errors.surveyAnswered();

    let now: { status: CaseStatus; version: number } = rated;
    if (!body.solved && reopenable(row.type) && (await this.repo.reopensWhenNotSolved(row.service_id))) {
      try {
        now = await this.actions.perform(actor, reference, pass, 'reopen', { body: comment ?? notSolvedText[row.language] }, () => rated.version);
        await this.repo.markReopened(invitation.id);
      } catch (error) {
        // Past the reopen window (shorter than the survey's): the answer stands, recorded only.
        if (!(error instanceof AppError && error.code === 'reopen_window_closed')) throw error;
      }
    }
    const answer = presentAnswer(await this.repo.invitation(row.id, resolvedAt))!;
    return { reference: rated.reference, status: now.status, version: now.version, answer };
  }
}
