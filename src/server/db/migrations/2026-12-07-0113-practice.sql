-- Practice that spreads: an entity's own SLA policy and reply texts per service, practice cards,
-- their publication by the ministry, and adoptions with a snapshot of what was copied and what it
-- replaced (so the before/after comparison and the audit trail can always say what changed).
-- Forward-only: never edit this file once landed; add a new dated file instead.

-- The policy an entity's cases of a service run on, where it differs from the service's own.
create table entity_service_policies (
  entity_id bigint not null references entities (id) on delete cascade,
  service_id bigint not null references services (id) on delete cascade,
  policy_id bigint not null references sla_policies (id),
  updated_at timestamptz not null default now(),
  primary key (entity_id, service_id)
);

-- An entity's reply texts (canned replies), for one service or for all (service_id null).
create table reply_templates (
  id bigserial primary key,
  entity_id bigint not null references entities (id) on delete cascade,
  service_id bigint references services (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  body_ar text not null check (length(body_ar) between 1 and 4000),
  body_en text not null check (length(body_en) between 1 and 4000),
  position integer not null default 0,
  updated_by bigint references staff_users (id),
  updated_at timestamptz not null default now()
);
create index reply_templates_entity on reply_templates (entity_id, service_id);

-- What an entity does for a service: the targets and reply texts as they were when saved, steps,
-- unit set-up, and the figures that showed it worked.
create table practice_cards (
  id bigserial primary key,
  entity_id bigint not null references entities (id) on delete cascade,
  service_id bigint not null references services (id) on delete cascade,
  title_ar text not null,
  title_en text not null,
  summary_ar text not null default '',
  summary_en text not null default '',
  unit_setup_ar text not null default '',
  unit_setup_en text not null default '',
  checklist jsonb not null default '[]',
  policy jsonb not null,
  templates jsonb not null default '[]',
  figures jsonb not null default '{}',
  created_by bigint references staff_users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index practice_cards_entity on practice_cards (entity_id, service_id);

-- The ministry recommends a card to one entity, or to every entity (entity_id null).
create table practice_card_publications (
  id bigserial primary key,
  card_id bigint not null references practice_cards (id) on delete cascade,
  entity_id bigint references entities (id) on delete cascade,
  note_ar text not null default '',
  note_en text not null default '',
  published_by bigint references staff_users (id),
  published_at timestamptz not null default now()
);
create unique index practice_card_publications_once on practice_card_publications (card_id, coalesce(entity_id, 0));

-- One adoption: the receiving entity, what it copied and what that replaced.
create table practice_adoptions (
  id bigserial primary key,
  card_id bigint not null references practice_cards (id),
  entity_id bigint not null references entities (id) on delete cascade,
  service_id bigint not null references services (id),
  source_entity_id bigint not null references entities (id),
  copied jsonb not null,
  replaced jsonb not null,
  adopted_by bigint references staff_users (id),
  adopted_at timestamptz not null default now()
);
create index practice_adoptions_entity on practice_adoptions (entity_id, adopted_at);
