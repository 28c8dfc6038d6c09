-- API keys of Open311 apps and channel relays. Only the SHA-256 of a key is kept; the key itself is
-- shown once, when it is made. A key names the channel its cases carry and may be tied to one entity.
-- Forward-only: never edit this file once landed; add a new dated file instead.

create table api_keys (
  id bigint generated always as identity primary key,
  name text not null check (char_length(name) between 1 and 100),
  -- the first characters of the key, so an administrator can tell keys apart without the secret
  key_prefix text not null check (char_length(key_prefix) between 1 and 16),
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  channel text not null default 'open311'
    check (channel in ('web', 'mobile', 'hotline', 'email', 'whatsapp', 'social', 'open311', 'walk_in')),
  entity_id bigint references entities (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
-- One live key per name; revoked keys stay for the audit trail (case events name the key by id).
create unique index api_keys_live_name_idx on api_keys (name) where revoked_at is null;

-- Open311 servicerequestupdates reads public status changes and replies by time window.
create index case_events_public_updates_idx on case_events (created_at)
  where visibility = 'public' and kind in ('status_changed', 'public_reply', 'info_requested', 'merged');
