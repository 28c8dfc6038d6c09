-- Tawasul initial schema: catalogue, calendars and SLA policies, people, cases and their timeline.
-- Forward-only: never edit this file once landed; add a new dated file instead.

create table entities (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  parent_id bigint references entities (id),
  kind text not null check (kind in ('ministry', 'municipality', 'unit')),
  name_ar text not null check (char_length(name_ar) between 1 and 200),
  name_en text not null check (char_length(name_en) between 1 and 200),
  governorate text check (governorate in ('capital', 'muharraq', 'northern', 'southern')),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index entities_parent_idx on entities (parent_id);

-- Working calendars: weekly hours are data ({start, end} minutes of the local day, per weekday 0=Sunday).
create table calendars (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  name_ar text not null,
  name_en text not null,
  time_zone text not null check (char_length(time_zone) between 1 and 64),
  week jsonb not null check (jsonb_typeof(week) = 'array' and jsonb_array_length(week) = 7),
  created_at timestamptz not null default now()
);

create table calendar_holidays (
  id bigint generated always as identity primary key,
  calendar_id bigint not null references calendars (id) on delete cascade,
  date date not null,
  name_ar text not null,
  name_en text not null,
  lunar boolean not null default false,
  -- null: the whole day is off; otherwise the intervals that are off that day
  off_intervals jsonb check (off_intervals is null or jsonb_typeof(off_intervals) = 'array'),
  unique (calendar_id, date)
);

create table calendar_overrides (
  id bigint generated always as identity primary key,
  calendar_id bigint not null references calendars (id) on delete cascade,
  from_date date not null,
  to_date date not null,
  name_ar text not null,
  name_en text not null,
  week jsonb not null check (jsonb_typeof(week) = 'array' and jsonb_array_length(week) = 7),
  check (to_date >= from_date)
);

create table sla_policies (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  name_ar text not null,
  name_en text not null,
  calendar_id bigint not null references calendars (id),
  pause_statuses text[] not null default '{awaiting_citizen}'
    check (pause_statuses <@ array['new', 'assigned', 'in_progress', 'awaiting_citizen']::text[]),
  on_transfer text not null default 'keep' check (on_transfer in ('keep', 'restart')),
  on_reopen text not null default 'fresh' check (on_reopen in ('fresh', 'continue')),
  created_at timestamptz not null default now()
);

-- One row per (policy, case type or any, priority or any).
create table sla_targets (
  id bigint generated always as identity primary key,
  policy_id bigint not null references sla_policies (id) on delete cascade,
  case_type text check (case_type in ('complaint', 'suggestion', 'inquiry', 'compliment')),
  priority text check (priority in ('low', 'normal', 'high', 'urgent')),
  unit text not null default 'working_minutes' check (unit in ('working_minutes', 'calendar_days')),
  first_response_target integer not null check (first_response_target > 0),
  resolution_target integer not null check (resolution_target > 0)
);
create unique index sla_targets_key on sla_targets (policy_id, coalesce(case_type, '*'), coalesce(priority, '*'));

create table sla_escalation_steps (
  id bigint generated always as identity primary key,
  policy_id bigint not null references sla_policies (id) on delete cascade,
  at_percent integer not null check (at_percent > 0 and at_percent <= 1000),
  notify_roles text[] not null default '{}'
    check (notify_roles <@ array['assignee', 'officer', 'supervisor', 'entity_admin', 'coordinator']::text[]),
  raise_level_to integer check (raise_level_to between 0 and 9),
  unique (policy_id, at_percent)
);

create table service_groups (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name_ar text not null,
  name_en text not null,
  position integer not null default 0
);

create table services (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  group_id bigint not null references service_groups (id),
  entity_id bigint not null references entities (id),
  name_ar text not null check (char_length(name_ar) between 1 and 200),
  name_en text not null check (char_length(name_en) between 1 and 200),
  description_ar text not null default '',
  description_en text not null default '',
  types text[] not null
    check (cardinality(types) > 0 and types <@ array['complaint', 'suggestion', 'inquiry', 'compliment']::text[]),
  anonymous_allowed boolean not null default false,
  default_priority text not null default 'normal' check (default_priority in ('low', 'normal', 'high', 'urgent')),
  keywords text[] not null default '{}',
  sla_policy_id bigint references sla_policies (id),
  active boolean not null default true,
  -- normalised Arabic and English words of the names, descriptions and keywords (see common/arabic.ts)
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index services_group_idx on services (group_id);

-- The service's extra questions (Open311 attributes).
create table service_attributes (
  id bigint generated always as identity primary key,
  service_id bigint not null references services (id) on delete cascade,
  code text not null check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  datatype text not null check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
  required boolean not null default false,
  position integer not null default 0,
  name_ar text not null,
  name_en text not null,
  description_ar text not null default '',
  description_en text not null default '',
  -- [{key, name: {ar, en}}] for list datatypes
  "values" jsonb not null default '[]' check (jsonb_typeof("values") = 'array'),
  unique (service_id, code)
);

-- Routing is data: which entity (and unit) receives a service's cases from a governorate.
create table service_routes (
  id bigint generated always as identity primary key,
  service_id bigint not null references services (id) on delete cascade,
  governorate text not null check (governorate in ('capital', 'muharraq', 'northern', 'southern')),
  entity_id bigint not null references entities (id),
  unit_id bigint references entities (id),
  unique (service_id, governorate)
);

create table citizens (
  id bigint generated always as identity primary key,
  name text check (char_length(name) <= 200),
  phone text unique check (phone ~ '^\+[1-9][0-9]{7,14}$'),
  email text unique check (email = lower(email) and char_length(email) <= 254),
  national_id text check (char_length(national_id) <= 32),
  language text not null default 'ar' check (language in ('ar', 'en')),
  notify_sms boolean not null default true,
  notify_email boolean not null default true,
  created_at timestamptz not null default now(),
  check (phone is not null or email is not null)
);

create table staff_users (
  id bigint generated always as identity primary key,
  entity_id bigint not null references entities (id),
  unit_id bigint references entities (id),
  email text not null unique check (email = lower(email) and char_length(email) <= 254),
  name text not null check (char_length(name) between 1 and 200),
  role text not null check (role in ('agent', 'officer', 'supervisor', 'entity_admin', 'coordinator', 'analyst')),
  password_hash text,
  language text not null default 'ar' check (language in ('ar', 'en')),
  active boolean not null default true,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);
create index staff_users_entity_idx on staff_users (entity_id, role);

create table cases (
  id bigint generated always as identity primary key,
  reference text not null unique check (reference ~ '^[0-9]{2}-[0-9]{7,}-[0-9]$'),
  tracking_token_hash text not null check (tracking_token_hash ~ '^[0-9a-f]{64}$'),
  type text not null check (type in ('complaint', 'suggestion', 'inquiry', 'compliment')),
  status text not null default 'new'
    check (status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'resolved', 'closed', 'rejected', 'merged')),
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
  channel text not null default 'web'
    check (channel in ('web', 'mobile', 'hotline', 'email', 'whatsapp', 'social', 'open311', 'walk_in')),
  service_id bigint not null references services (id),
  entity_id bigint not null references entities (id),
  unit_id bigint references entities (id),
  assignee_id bigint references staff_users (id),
  citizen_id bigint references citizens (id),
  created_by_staff_id bigint references staff_users (id),
  anonymous boolean not null default false,
  contact_name text check (char_length(contact_name) <= 200),
  contact_phone text check (contact_phone ~ '^\+[1-9][0-9]{7,14}$'),
  contact_email text check (char_length(contact_email) <= 254),
  contact_national_id text check (char_length(contact_national_id) <= 32),
  title text check (char_length(title) <= 200),
  description text not null check (char_length(description) between 1 and 4000),
  language text not null default 'ar' check (language in ('ar', 'en')),
  lat double precision check (lat between -90 and 90),
  lng double precision check (lng between -180 and 180),
  governorate text check (governorate in ('capital', 'muharraq', 'northern', 'southern')),
  area text check (char_length(area) <= 100),
  block text check (char_length(block) <= 20),
  road text check (char_length(road) <= 20),
  building text check (char_length(building) <= 20),
  address text check (char_length(address) <= 300),
  media_url text check (char_length(media_url) <= 2000),
  attributes jsonb not null default '{}' check (jsonb_typeof(attributes) = 'object'),
  version integer not null default 1 check (version > 0),
  sla_policy_id bigint references sla_policies (id),
  first_response_due_at timestamptz,
  resolution_due_at timestamptz,
  first_responded_at timestamptz,
  sla_state text check (sla_state in ('on_track', 'at_risk', 'breached', 'paused', 'met')),
  escalation_level integer not null default 0 check (escalation_level between 0 and 9),
  resolved_at timestamptz,
  closed_at timestamptz,
  rating smallint check (rating between 1 and 5),
  rating_comment text check (char_length(rating_comment) <= 2000),
  rated_at timestamptz,
  reopen_count integer not null default 0 check (reopen_count >= 0),
  transfer_count integer not null default 0 check (transfer_count >= 0),
  duplicate_of_id bigint references cases (id),
  reopened_from_id bigint references cases (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((lat is null) = (lng is null)),
  check (not anonymous or (contact_name is null and contact_phone is null and contact_email is null and contact_national_id is null))
);
create index cases_entity_status_idx on cases (entity_id, status, created_at desc);
create index cases_service_idx on cases (service_id, created_at desc);
create index cases_created_idx on cases (created_at desc);
create index cases_assignee_idx on cases (assignee_id) where assignee_id is not null;
create index cases_contact_phone_idx on cases (contact_phone) where contact_phone is not null;
create index cases_citizen_idx on cases (citizen_id) where citizen_id is not null;

-- Year-scoped reference serials: one sequence per year, made on first use (see cases/reference-allocator.ts).

-- The timeline and audit trail. Append-only: the database refuses UPDATE, DELETE and TRUNCATE.
create table case_events (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases (id),
  kind text not null check (kind in ('created', 'assigned', 'status_changed', 'public_reply', 'internal_note',
    'info_requested', 'citizen_replied', 'transferred', 'escalated', 'sla_warning', 'rated', 'reopened', 'merged',
    'attachment_added')),
  visibility text not null check (visibility in ('public', 'internal')),
  actor_type text not null check (actor_type in ('citizen', 'staff', 'system', 'api_client')),
  actor_id bigint,
  body text check (char_length(body) <= 8000),
  data jsonb not null default '{}' check (jsonb_typeof(data) = 'object'),
  created_at timestamptz not null default now()
);
create index case_events_case_idx on case_events (case_id, id);

create function case_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case_events is append-only: % is not allowed', tg_op using errcode = '55000';
end
$$;
create trigger case_events_no_update before update or delete on case_events
  for each row execute function case_events_append_only();
create trigger case_events_no_truncate before truncate on case_events
  for each statement execute function case_events_append_only();

-- Files are stored on disk by content hash; this row ties one to a case (and the event that added it).
create table attachments (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases (id),
  event_id bigint references case_events (id),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf')),
  size_bytes integer not null check (size_bytes > 0),
  file_name text check (char_length(file_name) <= 255),
  created_at timestamptz not null default now()
);
create index attachments_case_idx on attachments (case_id);

-- A retried write with the same key answers what the first answered.
create table idempotency_keys (
  scope text not null check (char_length(scope) <= 100),
  key text not null check (char_length(key) between 1 and 255),
  request_hash text not null,
  status integer not null,
  response jsonb not null,
  case_id bigint references cases (id),
  created_at timestamptz not null default now(),
  primary key (scope, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);
