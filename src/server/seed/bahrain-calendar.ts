import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Minutes of the local day. */
const hm = (h: number, m = 0) => h * 60 + m;

/** Bahrain government hours: Sunday–Thursday 07:00–14:15; Friday and Saturday off. */
export const bahrainWeek = [
  [{ start: hm(7), end: hm(14, 15) }],
  [{ start: hm(7), end: hm(14, 15) }],
  [{ start: hm(7), end: hm(14, 15) }],
  [{ start: hm(7), end: hm(14, 15) }],
  [{ start: hm(7), end: hm(14, 15) }],
  [],
  [],
];

/** Ramadan hours: Sunday–Thursday 08:00–14:00. */
const ramadanWeek = [0, 1, 2, 3, 4, 5, 6].map((d) => (d < 5 ? [{ start: hm(8), end: hm(14) }] : []));

/** One working day on the Bahrain calendar, in minutes. */
export const WORKING_DAY = hm(14, 15) - hm(7);

/**
 * Public holidays of 2026 and 2027. Fixed ones are as published; lunar ones (marked) are the
 * expected dates and are corrected each year when the moon is sighted and the holiday announced.
 */
export const bahrainHolidays: { date: string; ar: string; en: string; lunar?: boolean }[] = [
  { date: '2026-01-01', ar: 'رأس السنة الميلادية', en: "New Year's Day" },
  { date: '2026-03-19', ar: 'عيد الفطر', en: 'Eid al-Fitr', lunar: true },
  { date: '2026-03-20', ar: 'عيد الفطر', en: 'Eid al-Fitr', lunar: true },
  { date: '2026-03-21', ar: 'عيد الفطر', en: 'Eid al-Fitr', lunar: true },
  { date: '2026-03-22', ar: 'عطلة عيد الفطر', en: 'Eid al-Fitr holiday', lunar: true },
  { date: '2026-05-01', ar: 'عيد العمال', en: 'Labour Day' },
  { date: '2026-05-26', ar: 'يوم عرفة', en: 'Arafat Day', lunar: true },
  { date: '2026-05-27', ar: 'عيد الأضحى', en: 'Eid al-Adha', lunar: true },
  { date: '2026-05-28', ar: 'عيد الأضحى', en: 'Eid al-Adha', lunar: true },
  { date: '2026-05-29', ar: 'عيد الأضحى', en: 'Eid al-Adha', lunar: true },
  { date: '2026-06-16', ar: 'رأس السنة الهجرية', en: 'Islamic New Year', lunar: true },
  { date: '2026-06-24', ar: 'عاشوراء', en: 'Ashura', lunar: true },
  { date: '2026-06-25', ar: 'عاشوراء', en: 'Ashura', lunar: true },
  { date: '2026-08-25', ar: 'المولد النبوي الشريف', en: "Prophet's Birthday", lunar: true },
  { date: '2026-12-16', ar: 'العيد الوطني', en: 'National Day' },
  { date: '2026-12-17', ar: 'العيد الوطني', en: 'National Day' },
  { date: '2027-01-01', ar: 'رأس السنة الميلادية', en: "New Year's Day" },
  { date: '2027-03-09', ar: 'عيد الفطر', en: 'Eid al-Fitr', lunar: true },
  { date: '2027-03-10', ar: 'عيد الفطر', en: 'Eid al-Fitr', lunar: true },
  { date: '2027-03-11', ar: 'عيد الفطر', en: 'Eid al-Fitr', lunar: true },
  { date: '2027-05-01', ar: 'عيد العمال', en: 'Labour Day' },
  { date: '2027-05-15', ar: 'يوم عرفة', en: 'Arafat Day', lunar: true },
  { date: '2027-05-16', ar: 'عيد الأضحى', en: 'Eid al-Adha', lunar: true },
  { date: '2027-05-17', ar: 'عيد الأضحى', en: 'Eid al-Adha', lunar: true },
  { date: '2027-05-18', ar: 'عيد الأضحى', en: 'Eid al-Adha', lunar: true },
  { date: '2027-06-06', ar: 'رأس السنة الهجرية', en: 'Islamic New Year', lunar: true },
  { date: '2027-06-14', ar: 'عاشوراء', en: 'Ashura', lunar: true },
  { date: '2027-06-15', ar: 'عاشوراء', en: 'Ashura', lunar: true },
  { date: '2027-08-14', ar: 'المولد النبوي الشريف', en: "Prophet's Birthday", lunar: true },
  { date: '2027-12-16', ar: 'العيد الوطني', en: 'National Day' },
  { date: '2027-12-17', ar: 'العيد الوطني', en: 'National Day' },
];

/** Ramadan (expected dates), with shorter hours. */
export const ramadanOverrides = [
  { from: '2026-02-18', to: '2026-03-18', ar: 'ساعات العمل في رمضان ١٤٤٧', en: 'Ramadan 1447 hours' },
  { from: '2027-02-08', to: '2027-03-08', ar: 'ساعات العمل في رمضان ١٤٤٨', en: 'Ramadan 1448 hours' },
];

/**
 * Seeds the Bahrain government calendar and the default SLA policies: urgent hazards 1 working
 * day, complaints 10, inquiries 3, suggestions 14, compliments acknowledged within 2; first response
 * within 1 working day; escalation at 75% (warn the assignee), 100% (the supervisor, level 1) and
 * 150% (the national coordinator, level 2). Answers the default policy's id.
 */
export async function seedBahrainSla(db: Kysely<DB> | Transaction<DB>): Promise<number> {
  const cal = await db
    .insertInto('calendars')
    .values({ code: 'bahrain-gov', name_ar: 'تقويم الدوام الحكومي في البحرين', name_en: 'Bahrain government calendar', time_zone: 'Asia/Bahrain', week: JSON.stringify(bahrainWeek) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('calendar_holidays')
    .values(bahrainHolidays.map((h) => ({ calendar_id: cal.id, date: h.date, name_ar: h.ar, name_en: h.en, lunar: h.lunar ?? false, off_intervals: null })))
    .execute();
  await db
    .insertInto('calendar_overrides')
    .values(ramadanOverrides.map((o) => ({ calendar_id: cal.id, from_date: o.from, to_date: o.to, name_ar: o.ar, name_en: o.en, week: JSON.stringify(ramadanWeek) })))
    .execute();
  const policy = await db
    .insertInto('sla_policies')
    .values({ code: 'municipal-standard', name_ar: 'سياسة الخدمات البلدية', name_en: 'Municipal services standard', calendar_id: cal.id, is_default: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  const day = WORKING_DAY;
  await db
    .insertInto('sla_targets')
    .values([
      { policy_id: policy.id, case_type: null, priority: null, first_response_target: day, resolution_target: 10 * day },
      { policy_id: policy.id, case_type: 'complaint', priority: null, first_response_target: day, resolution_target: 10 * day },
      { policy_id: policy.id, case_type: 'complaint', priority: 'urgent', first_response_target: Math.round(day / 4), resolution_target: day },
      { policy_id: policy.id, case_type: 'inquiry', priority: null, first_response_target: day, resolution_target: 3 * day },
      { policy_id: policy.id, case_type: 'suggestion', priority: null, first_response_target: day, resolution_target: 14 * day },
      { policy_id: policy.id, case_type: 'compliment', priority: null, first_response_target: day, resolution_target: 2 * day },
    ])
    .execute();
  await db
    .insertInto('sla_escalation_steps')
    .values([
      { policy_id: policy.id, at_percent: 75, notify_roles: ['assignee'], raise_level_to: null },
      { policy_id: policy.id, at_percent: 100, notify_roles: ['supervisor'], raise_level_to: 1 },
      { policy_id: policy.id, at_percent: 150, notify_roles: ['coordinator'], raise_level_to: 2 },
    ])
    .execute();
  return policy.id;
}
