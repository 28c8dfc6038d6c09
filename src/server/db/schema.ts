/** Kysely's view of the tables (see migrations/). Columns with defaults are Generated. */
import type { ColumnType, Generated } from 'kysely';
import type {
  AttributeDatatype,
  CaseChannel,
  CasePriority,
  CaseStatus,
  CaseType,
  CostBand,
  EntityKind,
  EventKind,
  EventVisibility,
  Governorate,
  Language,
  StaffRole,
} from '../../common/enums.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T, string | T>;

export interface WorkIntervalRow {
  start: number;
  end: number;
}

export interface EntitiesTable {
  id: Generated<number>;
  code: string;
  parent_id: number | null;
  kind: EntityKind;
  name_ar: string;
  name_en: string;
  governorate: Governorate | null;
  /** Residents the entity serves, when known: figures per 10,000 residents use it. */
  population: number | null;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface CalendarsTable {
  id: Generated<number>;
  code: string;
  name_ar: string;
  name_en: string;
  time_zone: string;
  week: Json<WorkIntervalRow[][]>;
  created_at: GeneratedTimestamp;
}

export interface CalendarHolidaysTable {
  id: Generated<number>;
  calendar_id: number;
  date: string;
  name_ar: string;
  name_en: string;
  lunar: Generated<boolean>;
  off_intervals: Json<WorkIntervalRow[]> | null;
}

export interface CalendarOverridesTable {
  id: Generated<number>;
  calendar_id: number;
  from_date: string;
  to_date: string;
  name_ar: string;
  name_en: string;
  week: Json<WorkIntervalRow[][]>;
}

export interface SlaPoliciesTable {
  id: Generated<number>;
  code: string;
  name_ar: string;
  name_en: string;
  calendar_id: number;
  pause_statuses: Generated<string[]>;
  on_transfer: Generated<'keep' | 'restart'>;
  on_reopen: Generated<'fresh' | 'continue'>;
  is_default: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

/** One row per case whose clock has a next check: the sweep claims from here (kept by triggers on cases). */
export interface SlaChecksTable {
  case_id: number;
  due_at: Timestamp;
}

export interface SlaTargetsTable {
  id: Generated<number>;
  policy_id: number;
  case_type: CaseType | null;
  priority: CasePriority | null;
  unit: Generated<'working_minutes' | 'calendar_days'>;
  first_response_target: number;
  resolution_target: number;
}

export interface SlaEscalationStepsTable {
  id: Generated<number>;
  policy_id: number;
  at_percent: number;
  notify_roles: Generated<string[]>;
  raise_level_to: number | null;
}

export interface ServiceGroupsTable {
  id: Generated<number>;
  code: string;
  name_ar: string;
  name_en: string;
  position: Generated<number>;
}

export interface ServicesTable {
  id: Generated<number>;
  code: string;
  group_id: number;
  entity_id: number;
  name_ar: string;
  name_en: string;
  description_ar: Generated<string>;
  description_en: Generated<string>;
  types: CaseType[];
  anonymous_allowed: Generated<boolean>;
  default_priority: Generated<CasePriority>;
  keywords: Generated<string[]>;
  sla_policy_id: number | null;
  active: Generated<boolean>;
  search_text: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface AttributeValueRow {
  key: string;
  name: { ar: string; en: string };
}

export interface ServiceAttributesTable {
  id: Generated<number>;
  service_id: number;
  code: string;
  datatype: AttributeDatatype;
  required: Generated<boolean>;
  position: Generated<number>;
  name_ar: string;
  name_en: string;
  description_ar: Generated<string>;
  description_en: Generated<string>;
  values: Json<AttributeValueRow[]>;
}

export interface ServiceRoutesTable {
  id: Generated<number>;
  service_id: number;
  governorate: Governorate;
  entity_id: number;
  unit_id: number | null;
}

export interface CitizensTable {
  id: Generated<number>;
  name: string | null;
  phone: string | null;
  email: string | null;
  national_id: string | null;
  language: Generated<Language>;
  notify_sms: Generated<boolean>;
  notify_email: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface StaffUsersTable {
  id: Generated<number>;
  entity_id: number;
  unit_id: number | null;
  email: string;
  name: string;
  role: StaffRole;
  password_hash: string | null;
  language: Generated<Language>;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface CasesTable {
  id: Generated<number>;
  reference: string;
  tracking_token_hash: string;
  /** Hash of the short tracking code (migration 2026-12-07-0108); null for older cases. */
  tracking_code_hash: ColumnType<string | null, string | null | undefined, string | null>;
  type: CaseType;
  status: Generated<CaseStatus>;
  priority: Generated<CasePriority>;
  channel: Generated<CaseChannel>;
  service_id: number;
  entity_id: number;
  unit_id: number | null;
  assignee_id: number | null;
  citizen_id: number | null;
  created_by_staff_id: number | null;
  anonymous: Generated<boolean>;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  contact_national_id: string | null;
  title: string | null;
  description: string;
  language: Generated<Language>;
  lat: number | null;
  lng: number | null;
  governorate: Governorate | null;
  area: string | null;
  block: string | null;
  road: string | null;
  building: string | null;
  address: string | null;
  media_url: string | null;
  search_text: Generated<string>;
  attributes: Json<Record<string, unknown>>;
  version: Generated<number>;
  sla_policy_id: number | null;
  first_response_due_at: Timestamp | null;
  resolution_due_at: Timestamp | null;
  first_responded_at: Timestamp | null;
  sla_state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met' | null;
  escalation_level: Generated<number>;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Timestamp | null;
  reopen_count: Generated<number>;
  transfer_count: Generated<number>;
  duplicate_of_id: number | null;
  reopened_from_id: number | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  sla_started_at: Timestamp | null;
  sla_resolution_target: number | null;
  sla_first_response_target: number | null;
  sla_calendar_id: number | null;
  sla_next_check_at: Timestamp | null;
  sla_paused_at: Timestamp | null;
  sla_paused_minutes: Generated<number>;
  sla_cycle: Generated<number>;
  /** Escalation steps fired in the current cycle (ids of sla_escalation_steps). */
  sla_fired_steps: ColumnType<number[], number[] | undefined, number[]>;
  resolution_working_minutes: number | null;
  first_response_working_minutes: number | null;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  kind: EventKind;
  visibility: EventVisibility;
  actor_type: 'citizen' | 'staff' | 'system' | 'api_client';
  actor_id: number | null;
  body: string | null;
  data: Json<Record<string, unknown>>;
  created_at: GeneratedTimestamp;
}

export interface AttachmentsTable {
  id: Generated<number>;
  case_id: number;
  event_id: number | null;
  sha256: string;
  media_type: string;
  size_bytes: number;
  file_name: string | null;
  created_at: GeneratedTimestamp;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  response: Json<unknown>;
  case_id: number | null;
  created_at: GeneratedTimestamp;
}

export interface SessionsTable {
  id: string;
  staff_id: number | null;
  citizen_id: number | null;
  csrf_token: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  last_seen_at: GeneratedTimestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export interface OtpCodesTable {
  id: Generated<number>;
  channel: 'phone' | 'email';
  address: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  ip: string | null;
  created_at: GeneratedTimestamp;
}

export interface PasswordResetsTable {
  token_hash: string;
  staff_id: number;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface ThrottleBucketsTable {
  key: string;
  count: number;
  reset_at: Timestamp;
}

export interface RejectionReasonsTable {
  code: string;
  name_ar: string;
  name_en: string;
  active: Generated<boolean>;
  position: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_staff_id: number | null;
  actor_label: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  created_at: GeneratedTimestamp;
}

/** Every table of the application schema. */
export interface DB {
  entities: EntitiesTable;
  calendars: CalendarsTable;
  calendar_holidays: CalendarHolidaysTable;
  calendar_overrides: CalendarOverridesTable;
  sla_policies: SlaPoliciesTable;
  sla_targets: SlaTargetsTable;
  sla_escalation_steps: SlaEscalationStepsTable;
  service_groups: ServiceGroupsTable;
  services: ServicesTable;
  service_attributes: ServiceAttributesTable;
  service_routes: ServiceRoutesTable;
  citizens: CitizensTable;
  staff_users: StaffUsersTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  attachments: AttachmentsTable;
  idempotency_keys: IdempotencyKeysTable;
  sessions: SessionsTable;
  sla_checks: SlaChecksTable;
  otp_codes: OtpCodesTable;
  password_resets: PasswordResetsTable;
  throttle_buckets: ThrottleBucketsTable;
  rejection_reasons: RejectionReasonsTable;
  audit_log: AuditLogTable;
}

/** An API key of an Open311 app or channel relay; only the SHA-256 of the key is stored. */
export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  key_prefix: string;
  key_hash: string;
  channel: Generated<CaseChannel>;
  entity_id: number | null;
  created_at: GeneratedTimestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

// Declaration merging: the api_keys table joins the schema (migration 2026-11-28-0005).
export interface DB {
  api_keys: ApiKeysTable;
}

/** A staff account's link to the identity provider (migration 2026-12-07-0120); both null for a local account. */
export interface StaffUsersTable {
  sso_issuer: ColumnType<string | null, string | null | undefined, string | null>;
  sso_subject: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A staff sign-in through the identity provider in progress (migration 2026-12-07-0120). */
export interface SsoSignInsTable {
  /** SHA-256 of the value of the browser's sign-in cookie. */
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  next_path: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface DB {
  sso_sign_ins: SsoSignInsTable;
}

/** One notification to one address on one channel (migration 2026-11-28-0004). */
export interface NotificationOutboxTable {
  id: Generated<number>;
  /** Sent to the provider (Message-ID, gateway `{id}`) so it can drop a duplicate delivery. */
  message_id: Generated<string>;
  /** `relay`: back through a case's relay; `webhook`: an integration event (migration 2026-12-07-0117). */
  channel: 'sms' | 'email' | 'relay' | 'webhook';
  address: string;
  language: Language;
  template: string;
  params: Json<Record<string, unknown>>;
  case_id: number | null;
  reference: string | null;
  entity_id: number | null;
  staff_id: number | null;
  citizen_id: number | null;
  urgent: Generated<boolean>;
  status: Generated<'pending' | 'held' | 'sent' | 'parked' | 'digested' | 'cancelled'>;
  attempts: Generated<number>;
  next_attempt_at: GeneratedTimestamp;
  last_attempt_at: Timestamp | null;
  last_error: string | null;
  segments: number | null;
  digest_id: number | null;
  created_at: GeneratedTimestamp;
  /** When the message was handed to its provider (recorded just before that became irrevocable). */
  sent_at: Timestamp | null;
  /** Set at each claim; a dispatcher's later writes name it (a lapsed claim writes nothing). */
  lease_token: string | null;
  /** When the provider acknowledged it; null on a sent message: the outcome is unknown. */
  confirmed_at: Timestamp | null;
}

/** At most one digest per staff member and local day. */
export interface NotificationDigestsTable {
  staff_id: number;
  day: string;
  outbox_id: number;
}

/** An entity's own wording of a notification template in one language. */
export interface NotificationTemplatesTable {
  entity_id: number;
  template: string;
  language: Language;
  subject: string;
  body: string;
  sms: string;
  updated_by: number | null;
  updated_at: GeneratedTimestamp;
}

/** Relay message ids already received, to refuse exact replays. */
export interface InboundMessagesTable {
  channel: string;
  message_id: string;
  received_at: GeneratedTimestamp;
  case_id: number | null;
  outcome: 'case_created' | 'reply_added' | null;
}

/** Staff delivery preference (migration 2026-11-28-0004). */
export interface StaffUsersTable {
  notify_mode: Generated<'instant' | 'digest'>;
}

// Declaration merging: the notification tables join the schema (migration 2026-11-28-0004).
export interface DB {
  notification_outbox: NotificationOutboxTable;
  notification_digests: NotificationDigestsTable;
  notification_templates: NotificationTemplatesTable;
  inbound_messages: InboundMessagesTable;
}

/** Roll-up of cases by creation cohort (migration 2026-11-28-0006); see src/server/kpi/. */
export interface KpiRollupTable {
  dim: 'all' | 'service' | 'type' | 'channel' | 'governorate' | 'unit';
  grain: 'd' | 'm';
  entity_id: number;
  period: string;
  key: string;
  received: number;
  resolved: number;
  closed: number;
  rejected: number;
  merged: number;
  open: number;
  fr_met: number;
  fr_late: number;
  res_met: number;
  res_late: number;
  rated: number;
  rating_sum: number;
  rating_top: number;
  reopened: number;
  ever_resolved: number;
  transferred: number;
  rwm_count: number;
  rwm_sum: number;
}

/** Resolution working minutes per histogram bucket and creation month, keyed like kpi_rollup. */
export interface KpiRwmHistTable {
  dim: string;
  entity_id: number;
  month: string;
  key: string;
  bucket: number;
  n: number;
}

/** Cases per month, service (0 = all) and 0.01° grid cell. */
export interface KpiMapTable {
  month: string;
  service_id: number;
  cell_lat: number;
  cell_lng: number;
  n: number;
}

/** Indicator targets; entity_id null is the default for every entity. */
export interface KpiTargetsTable {
  id: Generated<number>;
  entity_id: number | null;
  indicator: string;
  target: number;
}

export interface KpiSettingsTable {
  id: Generated<boolean>;
  time_zone: Generated<string>;
}

// Declaration merging: the indicator roll-ups join the schema (migration 2026-11-28-0006).
export interface DB {
  kpi_rollup: KpiRollupTable;
  kpi_rwm_hist: KpiRwmHistTable;
  kpi_map: KpiMapTable;
  kpi_targets: KpiTargetsTable;
  kpi_settings: KpiSettingsTable;
}

// Declaration merging: the entity an audited change concerns (migration 2026-11-28-0008).
export interface AuditLogTable {
  entity_id: Generated<number | null>;
}

/** A file attached to outbox emails (migration 2026-11-28-0009). */
export interface NotificationAttachmentsTable {
  id: Generated<number>;
  file_name: string;
  media_type: string;
  content: Buffer | Uint8Array;
  created_at: GeneratedTimestamp;
}

export interface NotificationOutboxAttachmentsTable {
  outbox_id: number;
  attachment_id: number;
  position: Generated<number>;
}

/** One monthly report sent (entity null: the national report); unique per entity and month. */
export interface MonthlyReportRunsTable {
  id: Generated<number>;
  entity_id: number | null;
  month: string;
  trigger: 'schedule' | 'manual';
  messages: Generated<number>;
  created_at: GeneratedTimestamp;
}

// Declaration merging: outbox attachments and monthly report runs (migration 2026-11-28-0009).
export interface DB {
  notification_attachments: NotificationAttachmentsTable;
  notification_outbox_attachments: NotificationOutboxAttachmentsTable;
  monthly_report_runs: MonthlyReportRunsTable;
}

// Declaration merging: "already reported?" radius, supporter threshold, followers (migration 2026-12-07-0102).
export interface ServicesTable {
  /** How far (metres) an open case of this service or its group is offered as possibly the same problem. */
  similar_radius_m: Generated<number>;
  /** Reported by this many people (citizen and followers): priority raised to high; null: never. */
  priority_raise_supporters: number | null;
}

/** A person following a case ("mine too", or their case was merged into it). */
export interface CaseFollowersTable {
  id: Generated<number>;
  case_id: number;
  /** `c:<citizen id>`, `p:<phone>` or `e:<email>`: one row per person and case. */
  follower_key: string;
  citizen_id: number | null;
  phone: string | null;
  email: string | null;
  language: Generated<Language>;
  source: 'mine_too' | 'merged';
  created_at: GeneratedTimestamp;
}

export interface DB {
  case_followers: CaseFollowersTable;
}

// Declaration merging: the service suggester's versions and auto-choose threshold (migration 2026-12-07-0103).
export interface ServicesTable {
  /** Auto-choose this service for channels without a person at or above this confidence; null: never. */
  suggest_auto_threshold: number | null;
}

/** One training of the service suggester (src/server/suggest). */
export interface SuggestModelsTable {
  version: Generated<number>;
  trained_at: GeneratedTimestamp;
  /** The model is the catalogue plus the confirmed cases with an id up to this one. */
  through_case_id: Generated<number>;
  case_count: Generated<number>;
  held_out_count: Generated<number>;
  top1: number | null;
  top3: number | null;
  per_service: Json<Record<string, unknown>>;
}

export interface DB {
  suggest_models: SuggestModelsTable;
}

/** The kinds a case event may have (migration 2026-12-07-0109): a migration adds its kinds as rows. */
export interface CaseEventKindsTable {
  kind: EventKind;
}

export interface DB {
  case_event_kinds: CaseEventKindsTable;
}

/** The policy an entity's cases of a service run on, where it differs from the service's (migration 2026-12-07-0113). */
export interface EntityServicePoliciesTable {
  entity_id: number;
  service_id: number;
  policy_id: number;
  updated_at: GeneratedTimestamp;
}

/** An entity's reply text, for one service or for all (service_id null). */
export interface ReplyTemplatesTable {
  id: Generated<number>;
  entity_id: number;
  service_id: number | null;
  name: string;
  body_ar: string;
  body_en: string;
  position: Generated<number>;
  /** The action the text goes with: none, reply, request-info or resolve. */
  action: Generated<string>;
  use_count: Generated<number>;
  last_used_at: Timestamp | null;
  updated_by: number | null;
  updated_at: GeneratedTimestamp;
}

/** What an entity does for a service, with the targets, reply texts and figures as saved (src/server/practice). */
export interface PracticeCardsTable {
  id: Generated<number>;
  entity_id: number;
  service_id: number;
  title_ar: string;
  title_en: string;
  summary_ar: Generated<string>;
  summary_en: Generated<string>;
  unit_setup_ar: Generated<string>;
  unit_setup_en: Generated<string>;
  checklist: Json<{ ar: string; en: string }[]>;
  policy: Json<unknown>;
  templates: Json<unknown>;
  figures: Json<unknown>;
  created_by: number | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** A card recommended by the ministry to one entity, or to every entity (entity_id null). */
export interface PracticeCardPublicationsTable {
  id: Generated<number>;
  card_id: number;
  entity_id: number | null;
  note_ar: Generated<string>;
  note_en: Generated<string>;
  published_by: number | null;
  published_at: GeneratedTimestamp;
}

/** One adoption of a card: what was copied into the receiving entity and what it replaced. */
export interface PracticeAdoptionsTable {
  id: Generated<number>;
  card_id: number;
  entity_id: number;
  service_id: number;
  source_entity_id: number;
  copied: Json<unknown>;
  replaced: Json<unknown>;
  adopted_by: number | null;
  adopted_at: GeneratedTimestamp;
}

export interface DB {
  entity_service_policies: EntityServicePoliciesTable;
  reply_templates: ReplyTemplatesTable;
  practice_cards: PracticeCardsTable;
  practice_card_publications: PracticeCardPublicationsTable;
  practice_adoptions: PracticeAdoptionsTable;
}

// Declaration merging: the satisfaction survey (migration 2026-12-07-0112).
export interface ServicesTable {
  /** A "not solved" survey answer reopens the case. */
  survey_reopen_not_solved: Generated<boolean>;
}

/** An invitation to the survey: one per case resolution (src/server/survey). */
export interface SurveyInvitationsTable {
  id: Generated<number>;
  case_id: number;
  /** The resolution it is about (the case's resolved_at then). */
  resolved_at: Timestamp;
  entity_id: number;
  service_id: number;
  case_type: CaseType;
  /** The resolution's month in the deployment's time zone, YYYY-MM. */
  month: string;
  language: Language;
  /** A message was queued (false: offered only on the tracking page). */
  notified: boolean;
  invited_at: GeneratedTimestamp;
  expires_at: Timestamp;
}

/** A citizen's survey answer; `overall` is also the case's rating. */
export interface SurveyAnswersTable {
  invitation_id: number;
  overall: number;
  speed: number;
  confidentiality: number;
  simplicity: number;
  solved: boolean;
  comment: string | null;
  channel: 'web' | 'mobile';
  reopened: Generated<boolean>;
  answered_at: GeneratedTimestamp;
}

export interface DB {
  survey_invitations: SurveyInvitationsTable;
  survey_answers: SurveyAnswersTable;
}

// Declaration merging: public suggestions — thresholds, publications, supports (migration 2026-12-07-0111).
/** A support threshold: an entity's (service null) or one service's of it. */
export interface SuggestionThresholdsTable {
  id: Generated<number>;
  entity_id: number;
  service_id: number | null;
  /** Absolute count of supporters; or null with `per_10k`. */
  supporters: number | null;
  /** Supporters per 10,000 of the entity's population (numeric: a string from pg). */
  per_10k: string | number | null;
  /** The public answer is due this many working minutes after the threshold is crossed. */
  answer_minutes: number;
  updated_at: GeneratedTimestamp;
}

/** A citizen's request to show a suggestion publicly, its moderation, supports and answer deadline. */
export interface SuggestionPublicationsTable {
  id: Generated<number>;
  case_id: number;
  state: Generated<'pending' | 'published' | 'refused'>;
  public_text: string;
  search_text: Generated<string>;
  redacted: Generated<boolean>;
  requested_at: GeneratedTimestamp;
  moderated_at: Date | null;
  moderated_by: number | null;
  published_at: Date | null;
  support_count: Generated<number>;
  threshold_crossed_at: Date | null;
  threshold_required: number | null;
  answer_due_at: Date | null;
  answered_at: Date | null;
}

/** One verified citizen's support of one published suggestion. */
export interface SuggestionSupportsTable {
  id: Generated<number>;
  publication_id: number;
  citizen_id: number;
  created_at: GeneratedTimestamp;
}

export interface DB {
  suggestion_thresholds: SuggestionThresholdsTable;
  suggestion_publications: SuggestionPublicationsTable;
  suggestion_supports: SuggestionSupportsTable;
}

// Declaration merging: an accepted suggestion's plan and what was done (migration 2026-12-07-0109-suggestion-lifecycle).
/** One accepted suggestion's plan; `implemented_at` and `outcome` once it is carried out. */
export interface SuggestionPlansTable {
  case_id: number;
  plan: string;
  owner_unit_id: number;
  cost_band: CostBand;
  /** A local date, YYYY-MM-DD. */
  target_date: ColumnType<string, string, string>;
  accepted_at: GeneratedTimestamp;
  accepted_by: number | null;
  implemented_at: Timestamp | null;
  outcome: string | null;
}

export interface DB {
  suggestion_plans: SuggestionPlansTable;
}

// Declaration merging: the last successful run of a background loop (migration 2026-12-07-0115-metrics).
/** One loop's last successful run (the SLA sweep records its own); read by GET /metrics. */
export interface LoopRunsTable {
  loop: string;
  finished_at: Timestamp;
  duration_ms: number;
}

export interface DB {
  loop_runs: LoopRunsTable;
}

// Declaration merging: saved inbox views (migration 2026-12-07-0118-inbox-views).
/** A staff member's named filters of the case list, private or shared with their entity. */
export interface InboxViewsTable {
  id: Generated<number>;
  owner_id: number;
  entity_id: number;
  name: string;
  /** The case list's query parameters (validated by its schema before they are stored). */
  filters: Json<Record<string, string>>;
  position: Generated<number>;
  shared: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DB {
  inbox_views: InboxViewsTable;
}

// Declaration merging: the second factor of password sign-in (migration 2026-12-07-0121-second-factor).
/** A staff member's TOTP secret (base32); `confirmed_at` null while enrolment awaits its first code. */
export interface StaffTotpTable {
  staff_id: number;
  secret: string;
  confirmed_at: Timestamp | null;
  /** The last time step whose code was accepted; a code of this step or an earlier one is refused. */
  last_step: number | null;
  created_at: GeneratedTimestamp;
}

/** One recovery code of a staff member, hashed like a password; used once. */
export interface StaffRecoveryCodesTable {
  id: Generated<number>;
  staff_id: number;
  code_hash: string;
  used_at: Timestamp | null;
}

/** The step between a right password and the second factor. */
export interface SignInChallengesTable {
  token_hash: string;
  staff_id: number;
  step: 'code' | 'enrol';
  expires_at: Timestamp;
  created_at: GeneratedTimestamp;
}

export interface DB {
  staff_totp: StaffTotpTable;
  staff_recovery_codes: StaffRecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
}

// Declaration merging: answers by relay, delivery receipts and integration webhooks (migration 2026-12-07-0117-relay-out).
export interface NotificationOutboxTable {
  /** What the relay last reported about the message: delivered, read or failed. */
  delivery_state: ColumnType<'delivered' | 'read' | 'failed' | null, never, 'delivered' | 'read' | 'failed' | null>;
  delivery_state_at: ColumnType<Date | null, never, Date | null>;
  delivery_error: ColumnType<string | null, never, string | null>;
}

export interface CasesTable {
  /** The relay's own conversation (or sender) id that came with the case; its answers go back there. */
  relay_conversation_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CitizensTable {
  notify_relay: Generated<boolean>;
}

/** Receipt ids already received from a relay, to refuse an exact replay. */
export interface RelayReceiptsTable {
  channel: string;
  receipt_id: string;
  received_at: GeneratedTimestamp;
}

/** An integration endpoint: signed case events, national (no entity) or of one entity. */
export interface WebhookEndpointsTable {
  id: Generated<number>;
  url: string;
  /** Kept as given: HMAC signing needs it; never answered after creation. */
  secret: string;
  entity_id: number | null;
  events: string[];
  active: Generated<boolean>;
  created_by: number | null;
  created_at: GeneratedTimestamp;
  disabled_at: Timestamp | null;
}

export interface DB {
  relay_receipts: RelayReceiptsTable;
  webhook_endpoints: WebhookEndpointsTable;
}

// Declaration merging: followers' ratings of the case that answered them (migration 2026-12-07-0122).
/** A follower's rating link (by its token's hash) and, once given, their rating. */
export interface CaseFollowerRatingsTable {
  id: Generated<number>;
  case_id: number;
  /** Null once the retention erasure removed the follower (2026-12-07-0124): the rating stays, tied to nobody. */
  follower_id: number | null;
  token_hash: string;
  rating: number | null;
  comment: string | null;
  /** The local month of the resolution rated (YYYY-MM); set with the rating. */
  month: string | null;
  rated_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface DB {
  case_follower_ratings: CaseFollowerRatingsTable;
}

// Declaration merging: case exports run as background jobs (migration 2026-12-07-0123-export-jobs).
/** One background case export: its request, its progress, and its file while kept. */
export interface ExportJobsTable {
  id: Generated<number>;
  staff_id: number;
  format: 'csv' | 'xlsx';
  language: 'ar' | 'en';
  /** The request's query parameters, as asked. */
  query: Json<Record<string, unknown>>;
  /** The case list's filter the request resolved to, scope included (exports/jobs/export-job.filter.ts). */
  filter: Json<Record<string, unknown>>;
  state: Generated<'queued' | 'running' | 'done' | 'failed'>;
  rows_total: number;
  rows_done: Generated<number>;
  truncated: Generated<boolean>;
  /** The file's name in the exports folder of the data directory, once done. */
  file_name: string | null;
  size_bytes: ColumnType<number | null, number | null | undefined, number | null>;
  attempts: Generated<number>;
  error: string | null;
  heartbeat_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  expires_at: ColumnType<Date, Date, Date>;
}

export interface DB {
  export_jobs: ExportJobsTable;
}
