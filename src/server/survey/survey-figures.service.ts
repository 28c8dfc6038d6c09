import type { z } from 'zod';
import type { surveyFiguresQuerySchema } from '../../common/schemas/survey.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import { requireStaff } from '../access/access.service.ts';
import type { KpiScopes } from '../access/indicator-scope.ts';
import type { Actor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';
import { addMonths, monthsOf } from '../kpi/kpi.period.ts';
import { sumCounts, surveyFigures } from './survey.figures.ts';
import type { FollowerRatingRepository } from './follower-rating.repository.ts';
import type { SurveyCountRow, SurveyRepository } from './survey.repository.ts';

type Query = z.infer<typeof surveyFiguresQuerySchema>;

/** At most this many months in one request. */
const MAX_MONTHS = 36;

/**
 * The survey's indicators, by the month of the answer they are about: per entity, service and
 * month for staff (in their indicator scope), per entity and month for the public — counts and
 * means only, never a comment or a person.
 */
export class SurveyFiguresService {
  constructor(
    private readonly repo: SurveyRepository,
    private readonly followers: FollowerRatingRepository,
    private readonly scopes: KpiScopes,
    private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whole months `from`…`to` (YYYY-MM); default the last twelve. */
  period(q: Query): { from: string; to: string } {
    const to = q.to ? q.to.slice(0, 7) : localDate(this.now(), this.timeZone).slice(0, 7);
    const from = q.from ? q.from.slice(0, 7) : addMonths(`${to}-01`, -11).slice(0, 7);
    if (from > to) throw errors.field('from', 'invalid_period', '`from` must not be after `to`');
    if (monthsOf({ from: `${from}-01`, to: `${to}-01` }).length > MAX_MONTHS) throw errors.field('from', 'period_too_long', `At most ${MAX_MONTHS} months`);
    return { from, to };
  }

  /** The survey's counts with the followers' ratings of the same month, entity and service beside them. */
  private async counts(from: string, to: string, entityIds?: readonly number[]): Promise<SurveyCountRow[]> {
    const [rows, followers] = await Promise.all([this.repo.counts(from, to, entityIds), this.followers.counts(from, to, entityIds)]);
    const key = (r: { month: string; entity_id: number; service_id: number }) => `${r.month}|${r.entity_id}|${r.service_id}`;
    const byKey = new Map(rows.map((r) => [key(r), r]));
    for (const f of followers) {
      const row = byKey.get(key(f));
      if (row) Object.assign(row, { follower_rated: f.follower_rated, follower_sum: f.follower_sum });
      else {
        const added = { ...sumCounts([]), ...f };
        rows.push(added);
        byKey.set(key(f), added);
      }
    }
    return rows.sort((a, b) => a.month.localeCompare(b.month));
  }

  /** Staff: per entity, service and month in the actor's scope, with the scope's totals. */
  async forStaff(actor: Actor, q: Query) {
    const scope = await this.scopes.of(requireStaff(actor, 'indicator'));
    const period = this.period(q);
    const rows = await this.counts(period.from, period.to, scope.live === 'any' ? undefined : scope.live);
    const services = new Map((await this.repo.services([...new Set(rows.map((r) => r.service_id))])).map((s) => [s.id, s]));
    const entities = new Map(scope.entities.map((e) => [e.id, e]));
    return {
      period,
      totals: surveyFigures(sumCounts(rows)),
      rows: rows.map((r) => {
        const e = entities.get(r.entity_id);
        const s = services.get(r.service_id);
        return {
          month: r.month,
          entity: { code: e?.code ?? '', name: e?.name ?? { ar: '', en: '' } },
          service: { code: s?.code ?? '', name: { ar: s?.name_ar ?? '', en: s?.name_en ?? '' } },
          ...surveyFigures(r),
        };
      }),
    };
  }

  /** Anyone: per entity and month, and the national totals. */
  async forPublic(q: Query) {
    const period = this.period(q);
    const rows = await this.counts(period.from, period.to);
    const entities = (await this.scopes.entities()).filter((e) => rows.some((r) => r.entity_id === e.id));
    return {
      period,
      national: surveyFigures(sumCounts(rows)),
      entities: entities.map((e) => {
        const own = rows.filter((r) => r.entity_id === e.id);
        const months = [...new Set(own.map((r) => r.month))].sort();
        return {
          entity: { code: e.code, name: e.name },
          totals: surveyFigures(sumCounts(own)),
          months: months.map((month) => ({ month, ...surveyFigures(sumCounts(own.filter((r) => r.month === month))) })),
        };
      }),
    };
  }
}
