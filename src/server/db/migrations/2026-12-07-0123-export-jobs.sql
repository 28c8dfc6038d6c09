-- Case exports too large to answer while the browser waits: a job per request, run by the
-- background loops, which write the file under the data directory and count the rows done page by
-- page. `query` is the request as it was asked (shown back to its owner), `filter` the case list's
-- filter it resolved to, scope included, so the job exports what its owner could when asking.
-- A running job whose heartbeat stops (its process died) is taken over by another run, from the
-- start, up to three attempts. Files and rows go at `expires_at` (TAWASUL_EXPORT_KEEP_HOURS).
-- Forward-only: never edit this file once landed.
create table export_jobs (
  id bigserial primary key,
  staff_id bigint not null references staff_users (id) on delete cascade,
  format text not null check (format in ('csv', 'xlsx')),
  language text not null check (language in ('ar', 'en')),
  query jsonb not null check (jsonb_typeof(query) = 'object'),
  filter jsonb not null check (jsonb_typeof(filter) = 'object'),
  state text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
  rows_total integer not null check (rows_total >= 0),
  rows_done integer not null default 0 check (rows_done >= 0),
  truncated boolean not null default false,
  file_name text check (file_name ~ '^[0-9a-z.-]+$'),
  size_bytes bigint check (size_bytes >= 0),
  attempts integer not null default 0 check (attempts >= 0),
  error text,
  heartbeat_at timestamptz,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  expires_at timestamptz not null,
  check ((state = 'done') = (file_name is not null and size_bytes is not null and finished_at is not null))
);
create index export_jobs_staff on export_jobs (staff_id, created_at desc, id desc);
create index export_jobs_waiting on export_jobs (created_at, id) where state in ('queued', 'running');
create index export_jobs_expiry on export_jobs (expires_at);
