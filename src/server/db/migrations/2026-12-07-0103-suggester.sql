-- The service suggester (src/server/suggest): each training of the model from confirmed cases is one
-- version. The model itself is rebuilt in memory by every process from the catalogue and the
-- confirmed cases up to `through_case_id`, so a version row is small: when it was trained, on how
-- many cases, and its precision per service on held-out cases (`per_service`, by service code:
-- {cases, heldOut, predicted, correct, precision, recall}).
create table suggest_models (
  version serial primary key,
  trained_at timestamptz not null default now(),
  through_case_id integer not null default 0,
  case_count integer not null default 0 check (case_count >= 0),
  held_out_count integer not null default 0 check (held_out_count >= 0),
  top1 real,
  top3 real,
  per_service jsonb not null default '{}'::jsonb
);

-- A service is chosen without a person (a relay, an Open311 request without a service code) only
-- when the suggester's confidence reaches this value; null: never.
alter table services add column suggest_auto_threshold real
  check (suggest_auto_threshold is null or (suggest_auto_threshold > 0 and suggest_auto_threshold <= 1));
