-- The monthly report by email: files attached to outbox messages, and one run per entity and month
-- (entity null: the national report), claimed in the transaction that queues its messages.
-- Forward-only: never edit this file once landed; add a new dated file instead.

create table notification_attachments (
  id bigint generated always as identity primary key,
  file_name text not null check (char_length(file_name) between 1 and 200),
  media_type text not null check (char_length(media_type) between 1 and 200),
  content bytea not null,
  created_at timestamptz not null default now()
);

-- Which files an (email) outbox message carries, in order; one file may go with many messages.
create table notification_outbox_attachments (
  outbox_id bigint not null references notification_outbox (id),
  attachment_id bigint not null references notification_attachments (id),
  position smallint not null default 0,
  primary key (outbox_id, attachment_id)
);
create index notification_outbox_attachments_file_idx on notification_outbox_attachments (attachment_id);

create table monthly_report_runs (
  id bigint generated always as identity primary key,
  entity_id bigint references entities (id),
  month date not null check (extract(day from month) = 1),
  trigger text not null check (trigger in ('schedule', 'manual')),
  messages integer not null default 0 check (messages >= 0),
  created_at timestamptz not null default now()
);
create unique index monthly_report_runs_entity_month on monthly_report_runs (entity_id, month) where entity_id is not null;
create unique index monthly_report_runs_national_month on monthly_report_runs (month) where entity_id is null;
