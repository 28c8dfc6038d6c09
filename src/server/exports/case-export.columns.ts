import type { Bilingual } from '../../common/enums.ts';
import { channelLabels, governorateLabels, priorityLabels, slaStateLabels, statusLabels, typeLabels } from '../kpi/kpi.labels.ts';
import type { CaseExportRow } from './case-export.repository.ts';
import type { Column } from './report.table.ts';

const h = (ar: string, en: string): Bilingual => ({ ar, en });
const label = (table: Record<string, Bilingual>, v: string | null, lang: 'ar' | 'en') => (v ? (table[v]?.[lang] ?? v) : null);
const when = (v: Date | string | null) => (v ? new Date(v) : null);

/** The columns of a case export; see CaseExportRepository for why these and no others. */
export const caseExportColumns: Column<CaseExportRow>[] = [
  { header: h('الرقم المرجعي', 'Reference'), value: (r) => r.reference, width: 16 },
  { header: h('النوع', 'Type'), value: (r, l) => label(typeLabels, r.type, l) },
  { header: h('الحالة', 'Status'), value: (r, l) => label(statusLabels, r.status, l) },
  { header: h('الأولوية', 'Priority'), value: (r, l) => label(priorityLabels, r.priority, l) },
  { header: h('القناة', 'Channel'), value: (r, l) => label(channelLabels, r.channel, l) },
  { header: h('رمز الخدمة', 'Service code'), value: (r) => r.service_code },
  { header: h('الخدمة', 'Service'), value: (r, l) => (l === 'ar' ? r.service_name_ar : r.service_name_en), width: 40 },
  { header: h('رمز الجهة', 'Entity code'), value: (r) => r.entity_code },
  { header: h('الجهة', 'Entity'), value: (r, l) => (l === 'ar' ? r.entity_name_ar : r.entity_name_en), width: 36 },
  { header: h('الوحدة', 'Unit'), value: (r, l) => (l === 'ar' ? r.unit_name_ar : r.unit_name_en) },
  { header: h('المحافظة', 'Governorate'), value: (r, l) => label(governorateLabels, r.governorate, l) },
  { header: h('المنطقة', 'Area'), value: (r) => r.area },
  { header: h('اللغة', 'Language'), value: (r) => r.language },
  { header: h('تاريخ الاستلام', 'Created'), value: (r) => when(r.created_at), width: 18 },
  { header: h('موعد الرد الأول', 'First response due'), value: (r) => when(r.first_response_due_at), width: 18 },
  { header: h('تاريخ الرد الأول', 'First responded'), value: (r) => when(r.first_responded_at), width: 18 },
  { header: h('دقائق العمل حتى الرد الأول', 'Working minutes to first response'), value: (r) => r.first_response_working_minutes },
  { header: h('موعد الحل', 'Resolution due'), value: (r) => when(r.resolution_due_at), width: 18 },
  { header: h('تاريخ الحل', 'Resolved'), value: (r) => when(r.resolved_at), width: 18 },
  { header: h('دقائق العمل حتى الحل', 'Working minutes to resolve'), value: (r) => r.resolution_working_minutes },
  { header: h('تاريخ الإغلاق', 'Closed'), value: (r) => when(r.closed_at), width: 18 },
  { header: h('حالة المدة', 'SLA state'), value: (r, l) => label(slaStateLabels, r.sla_state, l) },
  { header: h('التقييم', 'Rating'), value: (r) => r.rating },
  { header: h('مرات إعادة الفتح', 'Reopened'), value: (r) => r.reopen_count },
  { header: h('مرات التحويل', 'Transferred'), value: (r) => r.transfer_count },
];
