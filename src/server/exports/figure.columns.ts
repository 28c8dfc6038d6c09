import type { Bilingual } from '../../common/enums.ts';
import type { KpiFigures } from '../kpi/kpi.formulas.ts';
import type { Column } from './report.table.ts';

const h = (ar: string, en: string): Bilingual => ({ ar, en });

/** The indicator columns every report table carries, with Arabic and English headers. */
export const figureHeaders: [keyof KpiFigures | `backlogAge.${keyof KpiFigures['backlogAge']}`, Bilingual][] = [
  ['received', h('الطلبات المستلمة', 'Received')],
  ['resolved', h('المحلولة', 'Resolved')],
  ['closed', h('المغلقة', 'Closed')],
  ['rejected', h('غير المقبولة', 'Rejected')],
  ['open', h('المفتوحة', 'Open')],
  ['openBreached', h('المفتوحة المتجاوزة للمدة', 'Open past target')],
  ['backlogAge.under3Days', h('مفتوحة أقل من 3 أيام', 'Open under 3 days')],
  ['backlogAge.days3to7', h('مفتوحة 3–7 أيام', 'Open 3–7 days')],
  ['backlogAge.days8to30', h('مفتوحة 8–30 يومًا', 'Open 8–30 days')],
  ['backlogAge.over30Days', h('مفتوحة أكثر من 30 يومًا', 'Open over 30 days')],
  ['resolvedShare', h('نسبة الحل %', 'Resolved %')],
  ['firstResponseCompliance', h('الالتزام بمدة الرد الأول %', 'First-response compliance %')],
  ['resolutionCompliance', h('الالتزام بمدة الحل %', 'Resolution compliance %')],
  ['medianResolutionMinutes', h('وسيط زمن الحل (دقائق عمل)', 'Median time to resolve (working min)')],
  ['p90ResolutionMinutes', h('المئين 90 لزمن الحل (دقائق عمل)', '90th percentile time to resolve (working min)')],
  ['meanRating', h('متوسط التقييم', 'Mean rating')],
  ['satisfiedShare', h('نسبة الرضا (4–5) %', 'Satisfied (4–5) %')],
  ['surveyResponseRate', h('نسبة المشاركة في التقييم %', 'Survey response %')],
  ['reopenRate', h('نسبة إعادة الفتح %', 'Reopen %')],
  ['transferRate', h('نسبة التحويل %', 'Transfer %')],
  ['rejectionRate', h('نسبة عدم القبول %', 'Rejection %')],
];

function read(f: KpiFigures, key: string): number | null {
  if (key.startsWith('backlogAge.')) return f.backlogAge[key.slice(11) as keyof KpiFigures['backlogAge']];
  return f[key as keyof KpiFigures] as number | null;
}

/** Report columns for the figures of rows that carry them under `figures`. */
export function figureColumns<R extends { figures: KpiFigures }>(): Column<R>[] {
  return figureHeaders.map(([key, header]) => ({ header, value: (r: R) => read(r.figures, key) }));
}

/** The label of one figure (for the summary sheet). */
export function figureLabel(key: string): Bilingual {
  return figureHeaders.find(([k]) => k === key)?.[1] ?? { ar: key, en: key };
}
