-- The last successful run of each background loop that records one (the SLA sweep), so that any
-- process serving GET /metrics reads when the worker — in this process or another host — last
-- finished a run and how long it took. One row per loop, overwritten by each successful run.
-- Forward-only: never edit this file once landed; add a new dated file instead.
create table loop_runs (
  loop text primary key,
  finished_at timestamptz not null,
  duration_ms integer not null check (duration_ms >= 0)
);
