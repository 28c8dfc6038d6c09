import type { z } from 'zod';
import type { surveyFiguresQuerySchema } from '../../common/schemas/survey.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import { requireStaff } from '../access/access.service.ts';
import type { KpiScopes } from '../access/indicator-scope.ts';
import type { Actor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';
import { addMonths, monthsOf } from '../kpi/kpi.period.ts';
import { sumCounts, surveyFigures } from './survey.figures.ts';
import type { SurveyRepository } from './survey.repository.ts';

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

  /** Staff: per entity, service and month in the actor's scope, with the scope's totals. */
  async forStaff(actor: Actor, q: Query) {
    const scope = await this.scopes.of(requireStaff(actor, 'indicator'));
    const period = this.period(q);
    const rows = await this.repo.counts(period.from, period.to, scope.live === 'any' ? undefined : scope.live);
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
    const rows = await this.repo.counts(period.from, period.to);
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
