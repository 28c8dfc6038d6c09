import { pausableStatuses, type Bilingual, type CasePriority, type CaseType, type Language } from '../../common/enums.ts';
import { apiRequest, queryString, sendJson } from './client.ts';

/** Working hours of a day: minutes of the local day, start before end. */
export interface WorkInterval {
  start: number;
  end: number;
}

/** Seven days, Sunday first; each a list of working intervals (empty: a day off). */
export type Week = WorkInterval[][];

export interface Holiday {
  date: string;
  name: Bilingual;
  /** An expected date of a lunar holiday, corrected when the moon is sighted. */
  lunar: boolean;
  /** Absent: the whole day is off; else the hours that are off. */
  offIntervals: WorkInterval[] | null;
}

/** Different hours between two dates (Ramadan). */
export interface CalendarOverride {
  from: string;
  to: string;
  name: Bilingual;
  week: Week;
}

export interface WorkCalendar {
  code: string;
  name: Bilingual;
  timeZone: string;
  week: Week;
  holidays: Holiday[];
  overrides: CalendarOverride[];
}

export type HolidayInput = Omit<Holiday, 'lunar' | 'offIntervals'> & { lunar?: boolean; offIntervals?: WorkInterval[] };
export type OverrideInput = CalendarOverride;

export const pauseStatuses = pausableStatuses;
export type PauseStatus = (typeof pauseStatuses)[number];
export const escalationRoles = ['assignee', 'officer', 'supervisor', 'entity_admin', 'coordinator'] as const;
export type EscalationRole = (typeof escalationRoles)[number];
export type TargetUnit = 'working_minutes' | 'calendar_days';

/** The time allowed for cases of a type and priority (null: any). */
export interface SlaTarget {
  caseType: CaseType | null;
  priority: CasePriority | null;
  unit: TargetUnit;
  firstResponseTarget: number;
  resolutionTarget: number;
}

/** A rung of the escalation ladder, at a share of the resolution target. */
export interface EscalationStep {
  atPercent: number;
  notifyRoles: EscalationRole[];
  raiseLevelTo: number | null;
}

export interface SlaPolicy {
  code: string;
  name: Bilingual;
  calendarCode: string | null;
  pauseStatuses: PauseStatus[];
  onTransfer: 'keep' | 'restart';
  onReopen: 'fresh' | 'continue';
  isDefault: boolean;
  targets: SlaTarget[];
  steps: EscalationStep[];
}

export type PolicyInput = Omit<SlaPolicy, 'code' | 'calendarCode' | 'isDefault'> & { calendarCode: string; isDefault?: boolean };

const admin = '/api/v1/admin';
const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

export async function listCalendars(signal?: AbortSignal): Promise<WorkCalendar[]> {
  return (await apiRequest<{ items: WorkCalendar[] }>(`${admin}/calendars`, { signal })).items;
}

export function addHoliday(calendar: string, holiday: HolidayInput): Promise<{ date: string }> {
  return sendJson('POST', `${admin}/calendars/${path(calendar)}/holidays`, holiday);
}

export function removeHoliday(calendar: string, date: string): Promise<void> {
  return sendJson('DELETE', `${admin}/calendars/${path(calendar, 'holidays', date)}`);
}

export function addOverride(calendar: string, override: OverrideInput): Promise<{ from: string; to: string }> {
  return sendJson('POST', `${admin}/calendars/${path(calendar)}/overrides`, override);
}

/** Sends an iCalendar file as it is; its all-day events become holidays. */
export function importIcs(calendar: string, text: string, lunar: boolean): Promise<{ imported: number; skipped: number }> {
  return apiRequest(`${admin}/calendars/${path(calendar)}/holidays/import${queryString({ lunar: lunar ? 'true' : undefined })}`, {
    method: 'POST',
    body: text,
    headers: { 'content-type': 'text/calendar' },
  });
}

export async function listPolicies(signal?: AbortSignal): Promise<SlaPolicy[]> {
  return (await apiRequest<{ items: SlaPolicy[] }>(`${admin}/sla-policies`, { signal })).items;
}

/** Creates a policy, or replaces the one with this code (targets and ladder included). */
export function savePolicy(code: string, policy: PolicyInput): Promise<void> {
  return sendJson('PUT', `${admin}/sla-policies/${path(code)}`, policy);
}

/** The three texts of a notification in one language. */
export interface TemplateText {
  subject: string;
  body: string;
  sms: string;
}

export interface NotificationTemplate {
  key: string;
  audience: string;
  /** Placeholders the texts may use, written `{name}`. */
  params: string[];
  texts: Record<Language, { default: TemplateText; override: TemplateText | null; updatedAt: string | null }>;
}

export interface TemplatePreview {
  subject: string;
  text: string;
  html: string;
  sms: string;
  smsSize: { encoding: 'gsm7' | 'ucs2'; units: number; segments: number };
}

export async function listTemplates(signal?: AbortSignal): Promise<NotificationTemplate[]> {
  return (await apiRequest<{ items: NotificationTemplate[] }>(`${admin}/notification-templates`, { signal })).items;
}

/** Sets the entity's own wording of a template in one language. */
export function saveTemplate(key: string, language: Language, text: TemplateText): Promise<void> {
  return sendJson('PUT', `${admin}/notification-templates/${path(key, language)}`, text);
}

/** Goes back to the default wording. */
export function resetTemplate(key: string, language: Language): Promise<void> {
  return sendJson('DELETE', `${admin}/notification-templates/${path(key, language)}`);
}

/** Renders a template (or a draft of it) with sample values. */
export function previewTemplate(key: string, language: Language, draft?: Partial<TemplateText>): Promise<TemplatePreview> {
  return sendJson('POST', `${admin}/notification-templates/${path(key, language)}/preview`, draft ?? {});
}
