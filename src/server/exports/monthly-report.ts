import type { Bilingual, Language } from '../../common/enums.ts';
import { targetDirections, type TargetIndicator } from '../kpi/kpi.formulas.ts';
import { addMonths, localDate, monthEnd, monthStart } from '../kpi/kpi.period.ts';
import type { KpiRepository } from '../kpi/kpi.repository.ts';
import type { KpiScopes } from '../kpi/kpi.scope.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { figureLabel } from './figure.columns.ts';
import { breachesTable, breakdownTable, trendsTable } from './kpi-report.tables.ts';
import { tablesXlsx, type Table } from './report.table.ts';
import { XLSX_TYPE } from './xlsx.writer.ts';

/** One entity's monthly report, ready for the notification outbox (see README "Monthly report"). */
export interface MonthlyReportMessage {
  entity: { id: number; code: string; name: Bilingual };
  /** YYYY-MM: the month reported on (the calendar month before `now`, in the roll-up zone). */
  month: string;
  /** The outbox recipient: the entity's administrators (notify/outbox.ts Recipient). */
  recipient: { kind: 'entity_staff'; entityIds: number[]; roles: ['entity_admin'] };
  /** The administrators it goes to today, with the language each reads. */
  to: { staffId: number; email: string; language: Language }[];
  subject: Bilingual;
  /** The summary, as the email body. */
  summary: Bilingual;
  /** The workbook in each language a recipient reads. */
  attachments: Partial<Record<Language, { fileName: string; contentType: string; content: Buffer }>>;
}

const fmt = (v: number | null, suffix = '') => (v === null ? '—' : `${v}${suffix}`);

/** Builds the monthly report of every entity that has administrators. */
export class MonthlyReports {
  constructor(
    private readonly kpi: KpiService,
    private readonly scopes: KpiScopes,
    private readonly repo: KpiRepository,
    private readonly timeZone: () => Promise<string>,
  ) {}

  /** Per entity: the message for its administrators about the month before `now`. */
  async monthlyReports(now: Date): Promise<MonthlyReportMessage[]> {
    const tz = await this.timeZone();
    const from = addMonths(monthStart(localDate(now, tz)), -1);
    const q = { from, to: monthEnd(from) };
    const month = from.slice(0, 7);
    const out: MonthlyReportMessage[] = [];
    for (const e of (await this.scopes.entities()).filter((x) => x.kind !== 'unit')) {
      const admins = await this.repo.staffWithRole(e.id, 'entity_admin');
      if (!admins.length) continue;
      const scope = await this.scopes.forEntity(e.id);
      const [summary, services, weeks, breaches] = await Promise.all([
        this.kpi.entitiesIn(scope, q),
        this.kpi.breakdownIn(scope, { ...q, by: 'service' }),
        this.kpi.trendsIn(scope, { ...q, by: 'week' }),
        this.kpi.breachesIn(scope, { ...q, limit: 20 }),
      ]);
      const item = summary.items[0];
      if (!item) continue;
      const f = item.figures;
      const rc = item.targets.resolutionCompliance!;
      const texts: Bilingual = {
        ar:
          `تقرير ${e.name.ar} لشهر ${month}: استلمت الجهة ${f.received} طلبًا، حُلّ منها ${f.resolved} (${fmt(f.resolvedShare, '%')}). ` +
          `الالتزام بمدة الحل ${fmt(f.resolutionCompliance, '%')} (المستهدف ${fmt(rc.target, '%')}، المعدل الوطني ${fmt(rc.national, '%')}). ` +
          `الالتزام بمدة الرد الأول ${fmt(f.firstResponseCompliance, '%')}. متوسط التقييم ${fmt(f.meanRating)} من 5. ` +
          `الطلبات المفتوحة ${f.open}. الترتيب ${fmt(item.rank)} من ${summary.rankedEntities}.`,
        en:
          `${e.name.en}, ${month}: ${f.received} cases received, ${f.resolved} resolved (${fmt(f.resolvedShare, '%')}). ` +
          `Resolution compliance ${fmt(f.resolutionCompliance, '%')} (target ${fmt(rc.target, '%')}, national ${fmt(rc.national, '%')}). ` +
          `First-response compliance ${fmt(f.firstResponseCompliance, '%')}. Mean rating ${fmt(f.meanRating)} of 5. ` +
          `Open cases ${f.open}. Rank ${fmt(item.rank)} of ${summary.rankedEntities}.`,
      };
      const langs = [...new Set(admins.map((a) => a.language))];
      const attachments: MonthlyReportMessage['attachments'] = {};
      for (const lang of langs) {
        const sheets: Table[] = [
          summaryTable(item, summary.national, lang, month),
          breakdownTable(services, lang),
          trendsTable(weeks, lang),
          breachesTable(breaches, lang),
        ];
        attachments[lang] = { fileName: `tawasul-${e.code}-${month}.xlsx`, contentType: XLSX_TYPE, content: tablesXlsx(sheets, lang, tz) };
      }
      out.push({
        entity: { id: e.id, code: e.code, name: e.name },
        month,
        recipient: { kind: 'entity_staff', entityIds: [e.id], roles: ['entity_admin'] },
        to: admins.map((a) => ({ staffId: a.id, email: a.email, language: a.language })),
        subject: { ar: `تقرير مؤشرات الأداء — ${e.name.ar} — ${month}`, en: `Performance report — ${e.name.en} — ${month}` },
        summary: texts,
        attachments,
      });
    }
    return out;
  }
}

type EntityItem = Awaited<ReturnType<KpiService['entitiesIn']>>['items'][number];

/** The summary sheet: each indicator with its target, whether it is met, and the national figure. */
function summaryTable(item: EntityItem, national: EntityItem['figures'], lang: Language, month: string): Table {
  const yes = lang === 'ar' ? 'نعم' : 'yes';
  const no = lang === 'ar' ? 'لا' : 'no';
  const rows = (Object.keys(targetDirections) as TargetIndicator[]).map((ind) => {
    const t = item.targets[ind]!;
    const label = ind === 'meanRating' ? { ar: 'متوسط التقييم', en: 'Mean rating' } : figureLabel(ind);
    return [label[lang], t.value, t.target, t.meetsTarget === null ? null : t.meetsTarget ? yes : no, t.national];
  });
  const counts = (['received', 'resolved', 'open', 'openBreached'] as const).map((k) => [figureLabel(k)[lang], item.figures[k], null, null, national[k]]);
  return {
    title: lang === 'ar' ? `الملخص ${month}` : `Summary ${month}`,
    header: lang === 'ar' ? ['المؤشر', 'القيمة', 'المستهدف', 'محقق', 'المعدل الوطني'] : ['Indicator', 'Value', 'Target', 'Met', 'National'],
    rows: [
      [lang === 'ar' ? 'الترتيب' : 'Rank', item.rank, null, null, null],
      [lang === 'ar' ? 'المؤشر المركب' : 'Composite score', item.score, null, null, null],
      ...counts,
      ...rows,
    ],
    widths: [40, 14, 14, 10, 16],
  };
}
