-- Accounts (staff sessions, citizen one-time codes), throttling, rejection reasons, the
-- configuration audit log and full-text search over cases.

create table sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'), -- SHA-256 of the cookie value; the value itself is never stored
  staff_id bigint references staff_users (id),
  citizen_id bigint references citizens (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  revoked_at timestamptz,
  ip text,
  user_agent text check (char_length(user_agent) <= 300),
  check ((staff_id is null) <> (citizen_id is null))
);
create index sessions_staff_idx on sessions (staff_id) where staff_id is not null;
create index sessions_citizen_idx on sessions (citizen_id) where citizen_id is not null;

create table otp_codes (
  id bigint generated always as identity primary key,
  channel text not null check (channel in ('phone', 'email')),
  address text not null check (char_length(address) <= 254),
  code_hash text not null,
  attempts integer not null default 0 check (attempts >= 0),
  expires_at timestamptz not null,
  consumed_at timestamptz,
  ip text,
  created_at timestamptz not null default now()
);
create index otp_codes_address_idx on otp_codes (address, created_at desc);

create table password_resets (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  staff_id bigint not null references staff_users (id),
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);

-- Fixed-window counters for throttling (per IP, per address), shared by every process.
create table throttle_buckets (
  key text primary key check (char_length(key) <= 300),
  count integer not null,
  reset_at timestamptz not null
);

create table rejection_reasons (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name_ar text not null,
  name_en text not null,
  active boolean not null default true,
  position integer not null default 0
);
insert into rejection_reasons (code, name_ar, name_en, position) values
  ('duplicate', 'مكرر', 'Duplicate', 1),
  ('not_jurisdiction', 'خارج اختصاص الجهة', 'Outside this entity''s remit', 2),
  ('insufficient_info', 'معلومات غير كافية', 'Not enough information', 3),
  ('private_property', 'ملكية خاصة', 'Private property', 4),
  ('abusive', 'محتوى مسيء', 'Abusive content', 5),
  ('not_actionable', 'لا يمكن اتخاذ إجراء', 'Not actionable', 6);

-- Who changed configuration or accounts, and how. Append-only like case_events.
create table audit_log (
  id bigint generated always as identity primary key,
  actor_staff_id bigint references staff_users (id),
  actor_label text,
  action text not null check (char_length(action) <= 100),
  target_type text not null check (char_length(target_type) <= 50),
  target_id text,
  before jsonb,
  after jsonb,
  created_at timestamptz not null default now()
);
create index audit_log_target_idx on audit_log (target_type, target_id);
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function case_events_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function case_events_append_only();

-- Full-text search: search_text holds the normalised words (see common/arabic.ts normalizeForIndex);
-- the vector adds PostgreSQL's Arabic and English stemmers on top, so inflections match too.
alter table cases add column search_text text not null default '';
alter table cases add column search_vector tsvector
  generated always as (to_tsvector('arabic', search_text) || to_tsvector('english', search_text)) stored;
create index cases_search_idx on cases using gin (search_vector);
create index cases_contact_email_idx on cases (contact_email) where contact_email is not null;
create index cases_contact_national_id_idx on cases (contact_national_id) where contact_national_id is not null;
create index cases_duplicate_of_idx on cases (duplicate_of_id) where duplicate_of_id is not null;
