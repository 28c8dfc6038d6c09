-- Answers on the channel a case came from, delivery receipts, and integration webhooks.
-- Forward-only: never edit this file once landed; add a new dated file instead.

-- Two more outbox channels: `relay` (a message back through the relay a case came from; the
-- address is `{relay}:{conversation id}`) and `webhook` (an integration event; the address is the
-- endpoint's id, the params are the JSON body). Both keep the outbox's retries, backoff and parking.
alter table notification_outbox drop constraint notification_outbox_channel_check;
alter table notification_outbox add constraint notification_outbox_channel_check
  check (channel in ('sms', 'email', 'relay', 'webhook'));

-- What the relay last said about a message it was given (delivery receipts), and when.
alter table notification_outbox
  add column delivery_state text check (delivery_state in ('delivered', 'read', 'failed')),
  add column delivery_state_at timestamptz,
  add column delivery_error text check (char_length(delivery_error) <= 500);
create index notification_outbox_message_idx on notification_outbox (message_id) where channel = 'relay';

-- The relay's own conversation (or sender) id that came in with a case: its answers go back there.
alter table cases add column relay_conversation_id text check (char_length(relay_conversation_id) between 1 and 200);

-- A citizen account may switch answers by relay off (on by default, like SMS and email).
alter table citizens add column notify_relay boolean not null default true;

-- Receipt ids already received from each relay, to refuse an exact replay.
create table relay_receipts (
  channel text not null check (channel in ('whatsapp', 'social', 'email')),
  receipt_id text not null check (char_length(receipt_id) between 1 and 200),
  received_at timestamptz not null default now(),
  primary key (channel, receipt_id)
);

-- Integration endpoints: events of all cases (entity_id null) or of one entity's, signed with the
-- endpoint's secret. HMAC needs the secret itself, so it is kept as given (never answered again).
create table webhook_endpoints (
  id bigint generated always as identity primary key,
  url text not null check (url ~ '^https?://' and char_length(url) <= 500),
  secret text not null check (char_length(secret) between 16 and 200),
  entity_id bigint references entities (id),
  events text[] not null check (cardinality(events) between 1 and 3
    and events <@ array['case.created', 'case.status_changed', 'case.resolved']::text[]),
  active boolean not null default true,
  created_by bigint references staff_users (id),
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);
create index webhook_endpoints_active_idx on webhook_endpoints (entity_id) where active;
