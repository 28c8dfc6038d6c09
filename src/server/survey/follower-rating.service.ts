import { createHash, randomBytes } from 'node:crypto';
import type { FollowerRatingState } from '../../common/schemas/survey.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import { errors } from '../http/errors.ts';
import type { FollowerRatingRepository, FollowerRatingRow } from './follower-rating.repository.ts';

/** The hash a follower's rating token is kept by. */
export function followerTokenHash(token: string): string {
  return createHash('sha256').update(`tawasul-follower-rating:${token}`).digest('hex');
}

/** A new rating token for one follower of one case, and its hash. */
export function newFollowerToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: followerTokenHash(token) };
}

/** Statuses in which a case's answer may be rated (as the survey's). */
const rateable: readonly string[] = ['resolved', 'closed', 'implemented'];

/**
 * Followers rate the case that answered them, by the link of its resolution notice (their own
 * token): the page shows only the case's public facts; one rating per follower and case, within the
 * survey's days after the resolution; kept apart from the reporter's rating.
 */
export class FollowerRatingService {
  constructor(
    private readonly repo: FollowerRatingRepository,
    private readonly settings: { days: number; timeZone: string },
  ) {}

  private async find(token: string): Promise<FollowerRatingRow> {
    const row = await this.repo.byToken(followerTokenHash(token));
    if (!row) throw errors.notFound('rating link');
    return row;
  }

  private open(row: FollowerRatingRow): boolean {
    if (!row.resolved_at || !rateable.includes(row.status)) return false;
    return Date.now() <= new Date(row.resolved_at).getTime() + this.settings.days * 86_400_000;
  }

  async state(token: string): Promise<FollowerRatingState> {
    const row = await this.find(token);
    return {
      reference: row.reference,
      entity: { ar: row.entity_ar, en: row.entity_en },
      service: { ar: row.service_ar, en: row.service_en },
      answer: await this.repo.publicAnswer(row.case_id),
      state: row.rating !== null ? 'rated' : this.open(row) ? 'open' : 'closed',
      rating: row.rating,
      ratedAt: row.rated_at ? new Date(row.rated_at).toISOString() : null,
    };
  }

  async rate(token: string, body: { rating: number; comment?: string }): Promise<FollowerRatingState> {
    const row = await this.find(token);
    if (row.rating !== null) throw errors.alreadyRated();
    if (!row.resolved_at || !rateable.includes(row.status)) throw errors.surveyNotOpen(row.status);
    if (!this.open(row)) throw errors.surveyExpired(this.settings.days, new Date(new Date(row.resolved_at).getTime() + this.settings.days * 86_400_000));
    const month = localDate(new Date(row.resolved_at), this.settings.timeZone).slice(0, 7);
    const done = await this.repo.rate(row.id, { rating: body.rating, comment: body.comment?.trim() || null, month });
    if (!done) throw errors.alreadyRated();
    return this.state(token);
  }
}
