import type { Bilingual, Language } from '../../common/enums.ts';
import { targetDirections, type TargetIndicator } from '../kpi/kpi.formulas.ts';
import { addMonths, monthEnd, monthStart } from '../kpi/kpi.period.ts';
import { localDate } from '../../common/zoned-time.ts';
import type { KpiRepository } from '../kpi/kpi.repository.ts';
import type { KpiScope, KpiScopes } from '../access/indicator-scope.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { figureLabel } from './figure.columns.ts';
import { breachesTable, breakdownTable, entitiesTable, trendsTable } from './kpi-report.tables.ts';
import { tableCsv, tablesXlsx, type Table } from './report.table.ts';
import { XLSX_TYPE } from './xlsx.writer.ts';

/** A file of a report. */
export interface ReportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

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
  /** The values of the `monthly_report` template (received, resolved, compliance, rating, national figures). */
  params: Record<string, string | Bilingual>;
  /** The workbook in each language a recipient reads. */
  attachments: Partial<Record<Language, ReportFile>>;
  /** The summary sheet as CSV, in each language a recipient reads. */
  csv: Partial<Record<Language, ReportFile>>;
}

/** The national monthly report, for the coordinators at the top of the hierarchy. */
export interface NationalReportMessage {
  month: string;
  /** The values of the `monthly_report_national` template. */
  params: Record<string, string | Bilingual>;
  attachments: Partial<Record<Language, ReportFile>>;
  csv: Partial<Record<Language, ReportFile>>;
}

const fmt = (v: number | null, suffix = '') => (v === null ? '—' : `${v}${suffix}`);
const CSV_TYPE = 'text/csv; charset=utf-8';

/** The month (YYYY-MM) before the one `now` falls in, in a zone. */
export function previousMonth(now: Date, timeZone: string): string {
  return addMonths(monthStart(localDate(now, timeZone)), -1).slice(0, 7);
}

/** More sheets for the national report of a month, per language (e.g. practice/practice-report.ts). */
export type NationalSections = (month: string, timeZone: string, langs: Language[]) => Promise<Partial<Record<Language, Table[]>>>;

/** Builds the monthly reports: one per entity for its administrators, and the national one. */
export class MonthlyReports {
  #sections: NationalSections[] = [];

  /** Adds sheets to every national report from now on (features built after the indicators). */
  addNationalSections(sections: NationalSections): void {
    this.#sections.push(sections);
  }

  constructor(
    private readonly kpi: KpiService,
    private readonly scopes: KpiScopes,
    private readonly repo: KpiRepository,
    private readonly timeZone: () => Promise<string>,
  ) {}

  /** Per entity that has administrators: the message for them about the month before `now`. */
  async monthlyReports(now: Date): Promise<MonthlyReportMessage[]> {
    const month = previousMonth(now, await this.timeZone());
    const out: MonthlyReportMessage[] = [];
    for (const e of (await this.scopes.entities()).filter((x) => x.kind !== 'unit')) {
      const admins = await this.repo.staffWithRole(e.id, 'entity_admin');
      if (!admins.length) continue;
      const m = await this.entityReport(e.id, month, [...new Set(admins.map((a) => a.language))], admins);
      if (m) out.push(m);
    }
    return out;
  }

  /** One entity's report of a month (YYYY-MM), with files in the given languages; null for a unit or an unknown id. */
  async entityReport(
    entityId: number,
    month: string,
    langs: Language[],
    admins: { id: number; email: string; language: Language }[] = [],
  ): Promise<MonthlyReportMessage | null> {
    const tz = await this.timeZone();
    const entities = await this.scopes.entities();
    const e = entities.find((x) => x.id === entityId);
    if (!e || e.kind === 'unit') return null;
    const from = `${month}-01`;
    const q = { from, to: monthEnd(from) };
    const scope = await this.scopes.forEntity(e.id);
    // The entity's own figures — itself and what it holds below it — not the first of its ranking.
    const [item, services, weeks, breaches] = await Promise.all([
      this.kpi.entitySummaryIn(scope, e.id, q),
      this.kpi.breakdownIn(scope, { ...q, by: 'service' }),
      this.kpi.trendsIn(scope, { ...q, by: 'week' }),
      this.kpi.breachesIn(scope, { ...q, limit: 20 }),
    ]);
    if (!item) return null;
    const f = item.figures;
    const n = item.national;
    const rc = item.targets.resolutionCompliance;
    const texts: Bilingual = {
      ar:
        `تقرير ${e.name.ar} لشهر ${month}: استلمت الجهة ${f.received} طلبًا، حُلّ منها ${f.resolved} (${fmt(f.resolvedShare, '%')}). ` +
        `الالتزام بمدة الحل ${fmt(f.resolutionCompliance, '%')} (المستهدف ${fmt(rc.target, '%')}، المعدل الوطني ${fmt(rc.national, '%')}). ` +
        `الالتزام بمدة الرد الأول ${fmt(f.firstResponseCompliance, '%')}. متوسط التقييم ${fmt(f.meanRating)} من 5. ` +
        `الطلبات المفتوحة ${f.open}.` + (item.rank === null ? '' : ` الترتيب ${item.rank} من ${item.rankedEntities}.`),
      en:
        `${e.name.en}, ${month}: ${f.received} cases received, ${f.resolved} resolved (${fmt(f.resolvedShare, '%')}). ` +
        `Resolution compliance ${fmt(f.resolutionCompliance, '%')} (target ${fmt(rc.target, '%')}, national ${fmt(rc.national, '%')}). ` +
        `First-response compliance ${fmt(f.firstResponseCompliance, '%')}. Mean rating ${fmt(f.meanRating)} of 5. ` +
        `Open cases ${f.open}.` + (item.rank === null ? '' : ` Rank ${item.rank} of ${item.rankedEntities}.`),
    };
    const attachments: MonthlyReportMessage['attachments'] = {};
    const csv: MonthlyReportMessage['csv'] = {};
    for (const lang of new Set(langs)) {
      const head = summaryTable(item, n, lang, month, e.name[lang]);
      const sheets: Table[] = [head, breakdownTable(services, lang), trendsTable(weeks, lang), breachesTable(breaches, lang)];
      attachments[lang] = { fileName: `tawasul-${e.code}-${month}.xlsx`, contentType: XLSX_TYPE, content: tablesXlsx(sheets, lang, tz) };
      csv[lang] = { fileName: `tawasul-${e.code}-${month}-summary.csv`, contentType: CSV_TYPE, content: Buffer.from(tableCsv(head, tz), 'utf8') };
    }
    return {
      entity: { id: e.id, code: e.code, name: e.name },
      month,
      recipient: { kind: 'entity_staff', entityIds: [e.id], roles: ['entity_admin'] },
      to: admins.map((a) => ({ staffId: a.id, email: a.email, language: a.language })),
      subject: { ar: `تقرير مؤشرات الأداء — ${e.name.ar} — ${month}`, en: `Performance report — ${e.name.en} — ${month}` },
      summary: texts,
      params: {
        entity: e.name,
        month,
        received: String(f.received),
        resolved: String(f.resolved),
        compliance: fmt(f.resolutionCompliance, '%'),
        nationalCompliance: fmt(n.resolutionCompliance, '%'),
        rating: fmt(f.meanRating),
        nationalRating: fmt(n.meanRating),
      },
      attachments,
      csv,
    };
  }

  /** The national report of a month (YYYY-MM): every entity ranked, the services, the weeks, the breach drivers. */
  async nationalReport(month: string, langs: Language[]): Promise<NationalReportMessage> {
    const tz = await this.timeZone();
    const entities = await this.scopes.entities();
    const scope: KpiScope = { rows: [0], live: 'any', visible: new Set(entities.map((e) => e.id)), entities };
    const from = `${month}-01`;
    const q = { from, to: monthEnd(from) };
    const [summary, services, weeks, breaches] = await Promise.all([
      this.kpi.entitiesIn(scope, q),
      this.kpi.breakdownIn(scope, { ...q, by: 'service' }),
      this.kpi.trendsIn(scope, { ...q, by: 'week' }),
      this.kpi.breachesIn(scope, { ...q, limit: 20 }),
    ]);
    const n = summary.national;
    const extra = await Promise.all(this.#sections.map((s) => s(month, tz, [...new Set(langs)])));
    const attachments: NationalReportMessage['attachments'] = {};
    const csv: NationalReportMessage['csv'] = {};
    for (const lang of new Set(langs)) {
      const head = nationalSummaryTable(n, lang, month);
      const sheets: Table[] = [head, entitiesTable(summary, lang), breakdownTable(services, lang), trendsTable(weeks, lang), breachesTable(breaches, lang), ...extra.flatMap((x) => x[lang] ?? [])];
      attachments[lang] = { fileName: `tawasul-national-${month}.xlsx`, contentType: XLSX_TYPE, content: tablesXlsx(sheets, lang, tz) };
      csv[lang] = { fileName: `tawasul-national-${month}-entities.csv`, contentType: CSV_TYPE, content: Buffer.from(tableCsv(entitiesTable(summary, lang), tz), 'utf8') };
    }
    return {
      month,
      params: {
        month,
        entities: String(summary.rankedEntities),
        received: String(n.received),
        resolved: String(n.resolved),
        compliance: fmt(n.resolutionCompliance, '%'),
        rating: fmt(n.meanRating),
      },
      attachments,
      csv,
    };
  }
}

type EntityItem = NonNullable<Awaited<ReturnType<KpiService['entitySummaryIn']>>>;

/** The summary sheet: each indicator with its target, whether it is met, and the national figure. */
function summaryTable(item: EntityItem, national: EntityItem['figures'], lang: Language, month: string, entityName: string): Table {
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
      [lang === 'ar' ? 'الجهة' : 'Entity', entityName, null, null, null],
      [lang === 'ar' ? 'الترتيب' : 'Rank', item.rank, null, null, null],
      [lang === 'ar' ? 'المؤشر المركب' : 'Composite score', item.score, null, null, null],
      ...counts,
      ...rows,
    ],
    widths: [40, 14, 14, 10, 16],
  };
}

/** The national summary sheet: the counts and every indicator of the month, nationally. */
function nationalSummaryTable(n: EntityItem['figures'], lang: Language, month: string): Table {
  const counts = (['received', 'resolved', 'open', 'openBreached'] as const).map((k) => [figureLabel(k)[lang], n[k]]);
  const rates = (Object.keys(targetDirections) as TargetIndicator[]).map((ind) => {
    const label = ind === 'meanRating' ? { ar: 'متوسط التقييم', en: 'Mean rating' } : figureLabel(ind);
    return [label[lang], n[ind]];
  });
  return {
    title: lang === 'ar' ? `الملخص الوطني ${month}` : `National summary ${month}`,
    header: lang === 'ar' ? ['المؤشر', 'القيمة'] : ['Indicator', 'Value'],
    rows: [[lang === 'ar' ? 'النطاق' : 'Scope', lang === 'ar' ? 'جميع الجهات' : 'All entities'], ...counts, ...rates],
    widths: [40, 16],
  };
}
