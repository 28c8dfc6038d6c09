import type { Bilingual, CaseChannel, CasePriority, CaseStatus, CaseType, Governorate } from '../../common/enums.ts';

/** Bilingual names of the enumerations, for answers and exports (the web app has its own keys). */
export const typeLabels: Record<CaseType, Bilingual> = {
  complaint: { ar: 'شكوى', en: 'Complaint' },
  suggestion: { ar: 'مقترح', en: 'Suggestion' },
  inquiry: { ar: 'استفسار', en: 'Inquiry' },
  compliment: { ar: 'إشادة', en: 'Compliment' },
};

export const channelLabels: Record<CaseChannel, Bilingual> = {
  web: { ar: 'الموقع الإلكتروني', en: 'Website' },
  mobile: { ar: 'تطبيق الهاتف', en: 'Mobile app' },
  hotline: { ar: 'مركز الاتصال', en: 'Hotline' },
  email: { ar: 'البريد الإلكتروني', en: 'Email' },
  whatsapp: { ar: 'واتساب', en: 'WhatsApp' },
  social: { ar: 'وسائل التواصل الاجتماعي', en: 'Social media' },
  open311: { ar: 'تطبيق شريك', en: 'Partner app (Open311)' },
  walk_in: { ar: 'حضوريًا', en: 'Walk-in' },
};

export const governorateLabels: Record<Governorate, Bilingual> = {
  capital: { ar: 'العاصمة', en: 'Capital' },
  muharraq: { ar: 'المحرق', en: 'Muharraq' },
  northern: { ar: 'الشمالية', en: 'Northern' },
  southern: { ar: 'الجنوبية', en: 'Southern' },
};

export const statusLabels: Record<CaseStatus, Bilingual> = {
  new: { ar: 'مستلم', en: 'New' },
  assigned: { ar: 'مُسند', en: 'Assigned' },
  in_progress: { ar: 'قيد المعالجة', en: 'In progress' },
  awaiting_citizen: { ar: 'بانتظار المواطن', en: 'Awaiting citizen' },
  resolved: { ar: 'تم الحل', en: 'Resolved' },
  closed: { ar: 'مغلق', en: 'Closed' },
  rejected: { ar: 'غير مقبول', en: 'Rejected' },
  merged: { ar: 'مدمج مع طلب آخر', en: 'Merged' },
  under_study: { ar: 'قيد الدراسة', en: 'Under study' },
  accepted: { ar: 'مقبول', en: 'Accepted' },
  implemented: { ar: 'منفَّذ', en: 'Implemented' },
  declined: { ar: 'معتذر عنه', en: 'Declined' },
};

export const priorityLabels: Record<CasePriority, Bilingual> = {
  low: { ar: 'منخفضة', en: 'Low' },
  normal: { ar: 'عادية', en: 'Normal' },
  high: { ar: 'عالية', en: 'High' },
  urgent: { ar: 'عاجلة', en: 'Urgent' },
};

export const slaStateLabels: Record<string, Bilingual> = {
  on_track: { ar: 'ضمن المدة', en: 'On track' },
  at_risk: { ar: 'معرض للتأخر', en: 'At risk' },
  breached: { ar: 'متأخر', en: 'Breached' },
  paused: { ar: 'متوقف مؤقتًا', en: 'Paused' },
  met: { ar: 'أُنجز ضمن المدة', en: 'Met' },
};

/** The label of an enumeration value by dimension, or null for an unknown or empty one. */
export function enumLabel(dim: 'type' | 'channel' | 'governorate', value: string): Bilingual | null {
  const table: Record<string, Bilingual> = dim === 'type' ? typeLabels : dim === 'channel' ? channelLabels : governorateLabels;
  return table[value] ?? null;
}
