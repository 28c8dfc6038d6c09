/** Enumerations shared by the server, the web app and the database CHECK constraints. */

export const caseTypes = ['complaint', 'suggestion', 'inquiry', 'compliment'] as const;
export type CaseType = (typeof caseTypes)[number];

export const caseStatuses = [
  'new',
  'assigned',
  'in_progress',
  'awaiting_citizen',
  'resolved',
  'closed',
  'rejected',
  'merged',
  // A suggestion's own steps (README "Roles, scope and the workflow"): its "received" is 'new'.
  'under_study',
  'accepted',
  'implemented',
  'declined',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses in which a case is still being worked (every "open" list in the code and SQL agrees). */
export const openStatuses = ['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted'] as const satisfies readonly CaseStatus[];

/**
 * Statuses an SLA policy may name as pausing the clock (the database CHECK on `sla_policies` agrees).
 * A suggestion's 'under_study' is not one of them — studying it is the work its decision clock
 * measures — and 'accepted' onwards stops that clock for good, so pausing does not apply there.
 */
export const pausableStatuses = ['new', 'assigned', 'in_progress', 'awaiting_citizen'] as const satisfies readonly CaseStatus[];

/** An accepted suggestion's estimated cost, as a band (no amounts are published). */
export const costBands = ['none', 'low', 'medium', 'high'] as const;
export type CostBand = (typeof costBands)[number];

export const casePriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof casePriorities)[number];

export const caseChannels = ['web', 'mobile', 'hotline', 'email', 'whatsapp', 'social', 'open311', 'walk_in'] as const;
export type CaseChannel = (typeof caseChannels)[number];

export const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];

export const attributeDatatypes = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type AttributeDatatype = (typeof attributeDatatypes)[number];

export const staffRoles = ['agent', 'officer', 'supervisor', 'entity_admin', 'coordinator', 'analyst'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const entityKinds = ['ministry', 'municipality', 'unit'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const eventKinds = [
  'created',
  'assigned',
  'status_changed',
  'public_reply',
  'internal_note',
  'info_requested',
  'citizen_replied',
  'transferred',
  'escalated',
  'sla_warning',
  'rated',
  'reopened',
  'merged',
  'attachment_added',
  'sla_paused',
  'sla_resumed',
  'sla_breached',
  'sla_met',
  'service_changed',
  'priority_changed',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventVisibilities = ['public', 'internal'] as const;
export type EventVisibility = (typeof eventVisibilities)[number];

export const slaStates = ['on_track', 'at_risk', 'breached', 'paused', 'met'] as const;
export type SlaState = (typeof slaStates)[number];

/** Bahrain's four governorates; location.governorate takes one of these codes. */
export const governorates = ['capital', 'muharraq', 'northern', 'southern'] as const;
export type Governorate = (typeof governorates)[number];

/** A text in both languages of the product. */
export interface Bilingual {
  ar: string;
  en: string;
}
