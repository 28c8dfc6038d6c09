import type { Bilingual, Language } from '../../common/enums.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { figureColumns } from './figure.columns.ts';
import { table, type Column, type Table } from './report.table.ts';

type Answer<K extends 'entitiesIn' | 'breakdownIn' | 'trendsIn' | 'breachesIn'> = Awaited<ReturnType<KpiService[K]>>;

const h = (ar: string, en: string): Bilingual => ({ ar, en });
const nameIn = (n: Bilingual | null, code: string, lang: Language) => n?.[lang] ?? code;
const periodTitle = (p: { from: string; to: string }, ar: string, en: string): Bilingual => ({
  ar: `${ar} ${p.from} – ${p.to}`,
  en: `${en} ${p.from} – ${p.to}`,
});

/** Entities ranked, then the national figures, as one table. */
export function entitiesTable(a: Answer<'entitiesIn'>, lang: Language): Table {
  type Row = { rank: number | null; name: Bilingual; code: string; score: number | null; figures: (typeof a)['national'] };
  const rows: Row[] = [
    ...a.items.map((i) => ({ rank: i.rank, name: i.entity.name, code: i.entity.code, score: i.score, figures: i.figures })),
    { rank: null, name: h('المجموع الوطني', 'National'), code: '', score: null, figures: a.national },
  ];
  const columns: Column<Row>[] = [
    { header: h('الترتيب', 'Rank'), value: (r) => r.rank, width: 8 },
    { header: h('الجهة', 'Entity'), value: (r, l) => r.name[l], width: 40 },
    { header: h('الرمز', 'Code'), value: (r) => r.code },
    { header: h('المؤشر المركب', 'Composite score'), value: (r) => r.score },
    ...figureColumns<Row>(),
  ];
  return table(periodTitle(a.period, 'الجهات', 'Entities'), columns, rows, lang);
}

/** One row per value of the dimension, then the total. */
export function breakdownTable(a: Answer<'breakdownIn'>, lang: Language): Table {
  type Row = { key: string; name: Bilingual | null; figures: (typeof a)['total'] };
  const rows: Row[] = [...a.items, { key: '', name: h('المجموع', 'Total'), figures: a.total }];
  const titles: Record<string, Bilingual> = {
    service: h('الخدمات', 'Services'),
    type: h('أنواع الطلبات', 'Case types'),
    channel: h('القنوات', 'Channels'),
    governorate: h('المحافظات', 'Governorates'),
    unit: h('الوحدات', 'Units'),
  };
  const columns: Column<Row>[] = [
    { header: titles[a.by]!, value: (r, l) => nameIn(r.name, r.key || '—', l), width: 40 },
    { header: h('الرمز', 'Code'), value: (r) => r.key },
    ...figureColumns<Row>(),
  ];
  return table(periodTitle(a.period, titles[a.by]!.ar, titles[a.by]!.en), columns, rows, lang);
}

/** One row per week or month. */
export function trendsTable(a: Answer<'trendsIn'>, lang: Language): Table {
  type Row = (typeof a)['points'][number];
  const columns: Column<Row>[] = [
    { header: h('من', 'From'), value: (r) => r.start },
    { header: h('إلى', 'To'), value: (r) => r.end },
    ...figureColumns<Row>(),
  ];
  const title = a.by === 'week' ? periodTitle(a.period, 'أسبوعيًا', 'Weekly') : periodTitle(a.period, 'شهريًا', 'Monthly');
  return table(title, columns, a.points, lang);
}

/** The services that drive breaches. */
export function breachesTable(a: Answer<'breachesIn'>, lang: Language): Table {
  type Row = (typeof a)['items'][number];
  const columns: Column<Row>[] = [
    { header: h('الخدمة', 'Service'), value: (r, l) => r.service.name[l], width: 40 },
    { header: h('الرمز', 'Code'), value: (r) => r.service.code },
    { header: h('حالات التجاوز', 'Breaches'), value: (r) => r.breaches },
    { header: h('نسبة التجاوز %', 'Breach rate %'), value: (r) => r.breachRate },
    { header: h('الحصة من التجاوزات %', 'Share of breaches %'), value: (r) => r.share },
    { header: h('الحصة التراكمية %', 'Cumulative share %'), value: (r) => r.cumulativeShare },
    { header: h('الطلبات المستلمة', 'Received'), value: (r) => r.received },
  ];
  return table(periodTitle(a.period, 'تجاوزات المدة', 'Breaches'), columns, a.items, lang);
}
