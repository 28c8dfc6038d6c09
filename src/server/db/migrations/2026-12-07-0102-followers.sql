-- "Already reported?" and "this is mine too".
-- similar_radius_m: how far from a new report an open case of the same service (or of its group)
-- is offered as possibly the same problem. priority_raise_supporters: when this many people have
-- reported a case (its citizen and its followers), its priority is raised to high; null: never.
-- case_followers: people who said "mine too" on an open case, or whose case was merged into it.
-- Each is told at every public step, in their own language, and counted as a supporter. One row
-- per person and case: `follower_key` is `c:<citizen id>`, `p:<phone>` or `e:<email>`.
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table services add column similar_radius_m integer not null default 250
  check (similar_radius_m between 10 and 10000);
alter table services add column priority_raise_supporters integer
  check (priority_raise_supporters between 2 and 1000000);

create table case_followers (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases (id),
  follower_key text not null check (char_length(follower_key) between 3 and 260),
  citizen_id bigint references citizens (id),
  phone text check (phone ~ '^\+[1-9][0-9]{7,14}$'),
  email text check (char_length(email) <= 254),
  language text not null default 'ar' check (language in ('ar', 'en')),
  source text not null check (source in ('mine_too', 'merged')),
  created_at timestamptz not null default now(),
  check (citizen_id is not null or phone is not null or email is not null),
  unique (case_id, follower_key)
);

-- The "already reported?" prefilter: open cases with a point, by latitude band.
create index cases_open_point_idx on cases (lat, lng, created_at)
  where lat is not null and status in ('new', 'assigned', 'in_progress', 'awaiting_citizen');
