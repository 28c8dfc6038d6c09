-- Public suggestions: a citizen may ask, when submitting a suggestion, that its text be shown on the
-- public board. Staff review it first (pending → published | refused) and may edit personal details
-- out of the public copy; the case's own text stays as the citizen wrote it, for staff only.
-- Verified citizens (signed in with a one-time code) support a published suggestion once. When the
-- supporters reach the threshold set for the entity (or for one of its services) — an absolute count,
-- or a count per 10,000 of the entity's population — the entity owes a public answer within the
-- threshold's working minutes on the case's calendar. The first decision (accepted, declined) or
-- public reply answers it.
-- Forward-only: never edit this file once landed; add a new dated file instead.

create table suggestion_thresholds (
  id bigint generated always as identity primary key,
  entity_id bigint not null references entities (id),
  -- null: every service of the entity without a threshold of its own.
  service_id bigint references services (id),
  supporters integer check (supporters between 1 and 10000000),
  per_10k numeric(10, 3) check (per_10k > 0 and per_10k <= 10000),
  answer_minutes integer not null check (answer_minutes between 1 and 5256000),
  updated_at timestamptz not null default now(),
  check ((supporters is null) <> (per_10k is null))
);
-- One threshold per entity and service, and one entity-wide (service null) per entity.
create unique index suggestion_thresholds_service_idx on suggestion_thresholds (entity_id, service_id) where service_id is not null;
create unique index suggestion_thresholds_entity_idx on suggestion_thresholds (entity_id) where service_id is null;

create table suggestion_publications (
  -- The public id: shown on the board and in open data instead of the case reference.
  id bigint generated always as identity primary key,
  case_id bigint not null unique references cases (id),
  state text not null default 'pending' check (state in ('pending', 'published', 'refused')),
  -- The text shown to the public: the citizen's words, less what staff edited out.
  public_text text not null check (char_length(public_text) between 1 and 4000),
  -- public_text as the Arabic pipeline indexes it (common/arabic.ts normalizeForIndex).
  search_text text not null default '',
  redacted boolean not null default false,
  requested_at timestamptz not null default now(),
  moderated_at timestamptz,
  moderated_by bigint references staff_users (id),
  published_at timestamptz,
  support_count integer not null default 0 check (support_count >= 0),
  threshold_crossed_at timestamptz,
  -- Supporters needed when the threshold was crossed, and the answer's due time then computed.
  threshold_required integer,
  answer_due_at timestamptz,
  answered_at timestamptz,
  check (state = 'pending' or (moderated_at is not null and moderated_by is not null)),
  check (state <> 'published' or published_at is not null),
  check ((threshold_crossed_at is null) = (answer_due_at is null))
);
create index suggestion_publications_state_idx on suggestion_publications (state, id);

create table suggestion_supports (
  id bigint generated always as identity primary key,
  publication_id bigint not null references suggestion_publications (id),
  citizen_id bigint not null references citizens (id),
  created_at timestamptz not null default now(),
  unique (publication_id, citizen_id)
);

-- The answer: the first public reply, or the first move to accepted or declined, whoever makes it.
create function suggestion_answered_by_event() returns trigger language plpgsql as $fn$
begin
  update suggestion_publications set answered_at = new.created_at
    where case_id = new.case_id and answered_at is null;
  return null;
end
$fn$;
create trigger suggestion_answer_event after insert on case_events
  for each row when (new.kind = 'public_reply' or (new.kind = 'status_changed' and new.data ->> 'to' in ('accepted', 'declined')))
  execute function suggestion_answered_by_event();

create function suggestion_answered_by_status() returns trigger language plpgsql as $fn$
begin
  update suggestion_publications set answered_at = now()
    where case_id = new.id and answered_at is null;
  return null;
end
$fn$;
create trigger suggestion_answer_status after update of status on cases
  for each row when (new.status is distinct from old.status and new.status in ('accepted', 'declined'))
  execute function suggestion_answered_by_status();
