-- Notifications: the outbox (one row per message, written in the transaction of the change that
-- causes it), per-entity wording of the templates, the staff's delivery preference and daily
-- digests, and the ids of relay messages already received (to refuse exact replays).
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table staff_users add column notify_mode text not null default 'instant'
  check (notify_mode in ('instant', 'digest'));

create table notification_outbox (
  id bigint generated always as identity primary key,
  -- sent with the message (Message-ID, the SMS gateway's {id}) so a provider can drop a redelivery
  message_id uuid not null unique default gen_random_uuid(),
  channel text not null check (channel in ('sms', 'email')),
  address text not null check (char_length(address) between 1 and 254),
  language text not null check (language in ('ar', 'en')),
  template text not null check (template ~ '^[a-z][a-z0-9_]{0,39}$'),
  params jsonb not null default '{}' check (jsonb_typeof(params) = 'object'),
  case_id bigint references cases (id),
  reference text check (char_length(reference) <= 20),
  -- whose wording applies, and whose administrators see the message when it is parked
  entity_id bigint references entities (id),
  staff_id bigint references staff_users (id),
  citizen_id bigint references citizens (id),
  urgent boolean not null default false,
  -- pending: to send (from next_attempt_at); held: waits for the staff member's daily digest;
  -- parked: failed too often, an administrator may retry it; digested: went out inside a digest
  status text not null default 'pending'
    check (status in ('pending', 'held', 'sent', 'parked', 'digested', 'cancelled')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  last_attempt_at timestamptz,
  last_error text check (char_length(last_error) <= 1000),
  segments integer check (segments > 0),
  digest_id bigint references notification_outbox (id),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  check (status <> 'held' or staff_id is not null),
  check (status <> 'sent' or sent_at is not null)
);
create index notification_outbox_due_idx on notification_outbox (next_attempt_at) where status = 'pending';
create index notification_outbox_held_idx on notification_outbox (staff_id, id) where status = 'held';
create index notification_outbox_parked_idx on notification_outbox (entity_id, id) where status = 'parked';
create index notification_outbox_case_idx on notification_outbox (case_id) where case_id is not null;

create table notification_digests (
  staff_id bigint not null references staff_users (id),
  day date not null,
  outbox_id bigint not null references notification_outbox (id),
  primary key (staff_id, day)
);

create table notification_templates (
  entity_id bigint not null references entities (id) on delete cascade,
  template text not null check (template ~ '^[a-z][a-z0-9_]{0,39}$'),
  language text not null check (language in ('ar', 'en')),
  subject text not null check (char_length(subject) between 1 and 200),
  body text not null check (char_length(body) between 1 and 4000),
  sms text not null check (char_length(sms) between 1 and 480),
  updated_by bigint references staff_users (id),
  updated_at timestamptz not null default now(),
  primary key (entity_id, template, language)
);

create table inbound_messages (
  channel text not null check (channel in ('whatsapp', 'social', 'email')),
  message_id text not null check (char_length(message_id) between 1 and 200),
  received_at timestamptz not null default now(),
  case_id bigint references cases (id),
  outcome text check (outcome in ('case_created', 'reply_added')),
  primary key (channel, message_id)
);
create index inbound_messages_received_idx on inbound_messages (received_at);
