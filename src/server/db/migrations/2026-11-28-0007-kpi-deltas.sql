-- Indicators: append-only roll-up deltas. The triggers on cases no longer add into the shared roll-up
-- rows (today's row for the entity and the nation, …), which made concurrent writers queue on those
-- rows' locks until commit: a statement now appends its net change to kpi_delta, and kpi_fold()
-- moves deltas into kpi_rollup, kpi_rwm_hist and kpi_map in short batches (the worker's `kpi-fold`
-- loop). Readers add the unfolded deltas to the roll-ups in the same statement, so every figure is
-- exact at any moment. See README "How the figures stay fast and exact".
-- Forward-only: never edit this file once landed; add a new dated file instead.

/**
 * Net changes not folded yet, one row per combination of a case's roll-up keys that a statement
 * changed: a new case is one row (not the 24 kpi_rollup rows, histogram and map rows it counts in;
 * the fold and the readers expand it to those). Keys: the local creation day, the entity (the
 * national rows, entity_id 0, are the sum over entities), every dimension's value (governorate ''
 * when none), the resolution-time histogram bucket (null: not counted in the histogram; then its
 * count is rwm_count) and the map cell (null: not located; then its count is received).
 * Never updated: writers only insert, the fold only deletes.
 */
create table kpi_delta (
  id bigint generated always as identity primary key,
  day date not null,
  entity_id bigint not null,
  service_id bigint not null,
  type text not null,
  channel text not null,
  governorate text not null,
  unit_id bigint,
  bucket smallint,
  cell_lat integer,
  cell_lng integer,
  received integer not null,
  resolved integer not null,
  closed integer not null,
  rejected integer not null,
  merged integer not null,
  open integer not null,
  fr_met integer not null,
  fr_late integer not null,
  res_met integer not null,
  res_late integer not null,
  rated integer not null,
  rating_sum integer not null,
  rating_top integer not null,
  reopened integer not null,
  ever_resolved integer not null,
  transferred integer not null,
  rwm_count integer not null,
  rwm_sum bigint not null
) with (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 20000,
  autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 20000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 20000);

/**
 * One case's (signed) contribution as a kpi_delta row: the counts are those of its kpi_rollup rows
 * (kpi_contrib), the keys those of all its rows at once.
 */
create function kpi_delta_of(c kpi_case, s integer)
returns table (day date, entity_id bigint, service_id bigint, type text, channel text, governorate text, unit_id bigint,
  bucket smallint, cell_lat integer, cell_lng integer,
  received integer, resolved integer, closed integer, rejected integer, merged integer, open integer,
  fr_met integer, fr_late integer, res_met integer, res_late integer, rated integer, rating_sum integer,
  rating_top integer, reopened integer, ever_resolved integer, transferred integer, rwm_count integer, rwm_sum bigint)
language sql stable as $$
  select (c.created_at at time zone z.time_zone)::date, c.entity_id, c.service_id, c.type, c.channel,
    coalesce(c.governorate, ''), c.unit_id,
    case when c.resolved_at is not null and c.resolution_working_minutes is not null then kpi_bucket(c.resolution_working_minutes) end,
    case when c.lat is not null and c.lng is not null then floor(c.lat * 100)::int end,
    case when c.lat is not null and c.lng is not null then floor(c.lng * 100)::int end,
    s,
    s * (c.resolved_at is not null)::int,
    s * coalesce(c.status = 'closed', false)::int,
    s * coalesce(c.status = 'rejected', false)::int,
    s * coalesce(c.status = 'merged', false)::int,
    s * coalesce(c.status in ('new', 'assigned', 'in_progress', 'awaiting_citizen'), false)::int,
    s * coalesce(c.first_response_working_minutes is not null and c.sla_first_response_target is not null
      and c.first_response_working_minutes <= c.sla_first_response_target, false)::int,
    s * coalesce(c.first_response_working_minutes is not null and c.sla_first_response_target is not null
      and c.first_response_working_minutes > c.sla_first_response_target, false)::int,
    s * coalesce(c.resolved_at is not null and c.sla_state = 'met', false)::int,
    s * coalesce(c.resolved_at is not null and c.sla_state = 'breached', false)::int,
    s * (c.resolved_at is not null and c.rating is not null)::int,
    s * (case when c.resolved_at is not null and c.rating is not null then c.rating else 0 end),
    s * coalesce(c.resolved_at is not null and c.rating is not null and c.rating >= 4, false)::int,
    s * coalesce(c.reopen_count > 0, false)::int,
    s * coalesce(c.resolved_at is not null or c.reopen_count > 0, false)::int,
    s * coalesce(c.transfer_count > 0, false)::int,
    s * coalesce(c.resolved_at is not null and c.resolution_working_minutes is not null, false)::int,
    s * (case when c.resolved_at is not null then coalesce(c.resolution_working_minutes, 0) else 0 end)::bigint
  from kpi_settings z
$$;

/**
 * Appends the net change of one statement on cases to kpi_delta: insert only, so concurrent writers
 * share no row and wait for nobody. Old and new versions of a case cancel out where nothing counted
 * changed (a note, an SLA sweep of open cases): such a statement appends nothing. Static statements,
 * one per kind of change, so their plans are kept for the session.
 */
-- jit off: the planner cannot know a transition table is small, and compiling costs seconds;
-- work_mem: a bulk change's net aggregates in memory.
create or replace function kpi_cases_changed() returns trigger language plpgsql set jit = off set work_mem = '64MB' as $fn$
begin
  if tg_op = 'INSERT' then
    insert into kpi_delta (day, entity_id, service_id, type, channel, governorate, unit_id, bucket, cell_lat, cell_lng,
      received, resolved, closed, rejected, merged, open, fr_met, fr_late, res_met, res_late, rated, rating_sum,
      rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
    select x.day, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.bucket, x.cell_lat, x.cell_lng,
      sum(x.received), sum(x.resolved), sum(x.closed), sum(x.rejected), sum(x.merged), sum(x.open), sum(x.fr_met),
      sum(x.fr_late), sum(x.res_met), sum(x.res_late), sum(x.rated), sum(x.rating_sum), sum(x.rating_top),
      sum(x.reopened), sum(x.ever_resolved), sum(x.transferred), sum(x.rwm_count), sum(x.rwm_sum)
    from kpi_new n, lateral kpi_delta_of(row(n.created_at, n.entity_id, n.service_id, n.type, n.channel, n.governorate,
      n.unit_id, n.status, n.resolved_at, n.sla_state, n.first_response_working_minutes, n.sla_first_response_target,
      n.resolution_working_minutes, n.rating, n.reopen_count, n.transfer_count, n.lat, n.lng)::kpi_case, 1) x
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
  elsif tg_op = 'DELETE' then
    insert into kpi_delta (day, entity_id, service_id, type, channel, governorate, unit_id, bucket, cell_lat, cell_lng,
      received, resolved, closed, rejected, merged, open, fr_met, fr_late, res_met, res_late, rated, rating_sum,
      rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
    select x.day, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.bucket, x.cell_lat, x.cell_lng,
      sum(x.received), sum(x.resolved), sum(x.closed), sum(x.rejected), sum(x.merged), sum(x.open), sum(x.fr_met),
      sum(x.fr_late), sum(x.res_met), sum(x.res_late), sum(x.rated), sum(x.rating_sum), sum(x.rating_top),
      sum(x.reopened), sum(x.ever_resolved), sum(x.transferred), sum(x.rwm_count), sum(x.rwm_sum)
    from kpi_old o, lateral kpi_delta_of(row(o.created_at, o.entity_id, o.service_id, o.type, o.channel, o.governorate,
      o.unit_id, o.status, o.resolved_at, o.sla_state, o.first_response_working_minutes, o.sla_first_response_target,
      o.resolution_working_minutes, o.rating, o.reopen_count, o.transfer_count, o.lat, o.lng)::kpi_case, -1) x
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
  else
    insert into kpi_delta (day, entity_id, service_id, type, channel, governorate, unit_id, bucket, cell_lat, cell_lng,
      received, resolved, closed, rejected, merged, open, fr_met, fr_late, res_met, res_late, rated, rating_sum,
      rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
    select x.day, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.bucket, x.cell_lat, x.cell_lng,
      sum(x.received), sum(x.resolved), sum(x.closed), sum(x.rejected), sum(x.merged), sum(x.open), sum(x.fr_met),
      sum(x.fr_late), sum(x.res_met), sum(x.res_late), sum(x.rated), sum(x.rating_sum), sum(x.rating_top),
      sum(x.reopened), sum(x.ever_resolved), sum(x.transferred), sum(x.rwm_count), sum(x.rwm_sum)
    from (
      select row(n.created_at, n.entity_id, n.service_id, n.type, n.channel, n.governorate, n.unit_id, n.status,
          n.resolved_at, n.sla_state, n.first_response_working_minutes, n.sla_first_response_target,
          n.resolution_working_minutes, n.rating, n.reopen_count, n.transfer_count, n.lat, n.lng)::kpi_case as c, 1 as s
        from kpi_new n
      union all
      select row(o.created_at, o.entity_id, o.service_id, o.type, o.channel, o.governorate, o.unit_id, o.status,
          o.resolved_at, o.sla_state, o.first_response_working_minutes, o.sla_first_response_target,
          o.resolution_working_minutes, o.rating, o.reopen_count, o.transfer_count, o.lat, o.lng)::kpi_case, -1
        from kpi_old o
    ) d, lateral kpi_delta_of(d.c, d.s) x
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    having (sum(x.received) <> 0 or sum(x.resolved) <> 0 or sum(x.closed) <> 0 or sum(x.rejected) <> 0
      or sum(x.merged) <> 0 or sum(x.open) <> 0 or sum(x.fr_met) <> 0 or sum(x.fr_late) <> 0 or sum(x.res_met) <> 0
      or sum(x.res_late) <> 0 or sum(x.rated) <> 0 or sum(x.rating_sum) <> 0 or sum(x.rating_top) <> 0 or sum(x.reopened) <> 0
      or sum(x.ever_resolved) <> 0 or sum(x.transferred) <> 0 or sum(x.rwm_count) <> 0 or sum(x.rwm_sum) <> 0);
  end if;
  return null;
end
$fn$;

/**
 * Folds up to `batch` of the oldest deltas into kpi_rollup, kpi_rwm_hist and kpi_map, in one
 * statement (deleted deltas and roll-up changes commit together, so a reader sees one or the other,
 * never both or neither), writing roll-up rows in key order. One folder at a time: another call
 * answers -1 at once (or waits for its turn when `wait`). Answers the number of deltas folded.
 * Call it outside an explicit transaction, so each batch commits and its row locks go at once.
 */
create function kpi_fold(batch integer default 10000, wait boolean default false) returns integer
language plpgsql set jit = off set work_mem = '64MB' as $fn$
declare
  folded integer;
begin
  if wait then
    perform pg_advisory_xact_lock(7302160728150007);
  elsif not pg_try_advisory_xact_lock(7302160728150007) then
    return -1;
  end if;
  with moved as (
    delete from kpi_delta where id in (select id from kpi_delta order by id limit batch for update skip locked)
    returning *
  ), r as (
    insert into kpi_rollup as r (dim, grain, entity_id, period, key, received, resolved, closed, rejected, merged, open,
      fr_met, fr_late, res_met, res_late, rated, rating_sum, rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
    select d.dim, g.grain, e.entity_id, case g.grain when 'd' then m.day else date_trunc('month', m.day)::date end, d.key,
      sum(m.received), sum(m.resolved), sum(m.closed), sum(m.rejected), sum(m.merged), sum(m.open), sum(m.fr_met),
      sum(m.fr_late), sum(m.res_met), sum(m.res_late), sum(m.rated), sum(m.rating_sum), sum(m.rating_top),
      sum(m.reopened), sum(m.ever_resolved), sum(m.transferred), sum(m.rwm_count), sum(m.rwm_sum)
    from moved m,
      lateral (values ('all', ''), ('service', m.service_id::text), ('type', m.type), ('channel', m.channel),
        ('governorate', m.governorate), ('unit', coalesce(m.unit_id::text, ''))) d(dim, key),
      (values ('d'::"char"), ('m'::"char")) g(grain),
      lateral (values (m.entity_id), (0::bigint)) e(entity_id)
    group by 1, 2, 3, 4, 5
    having (sum(m.received) <> 0 or sum(m.resolved) <> 0 or sum(m.closed) <> 0 or sum(m.rejected) <> 0
      or sum(m.merged) <> 0 or sum(m.open) <> 0 or sum(m.fr_met) <> 0 or sum(m.fr_late) <> 0 or sum(m.res_met) <> 0
      or sum(m.res_late) <> 0 or sum(m.rated) <> 0 or sum(m.rating_sum) <> 0 or sum(m.rating_top) <> 0 or sum(m.reopened) <> 0
      or sum(m.ever_resolved) <> 0 or sum(m.transferred) <> 0 or sum(m.rwm_count) <> 0 or sum(m.rwm_sum) <> 0)
    order by 1, 2, 3, 4, 5
    on conflict (dim, grain, entity_id, period, key) do update set
      received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
      closed = r.closed + excluded.closed, rejected = r.rejected + excluded.rejected, merged = r.merged + excluded.merged,
      open = r.open + excluded.open, fr_met = r.fr_met + excluded.fr_met, fr_late = r.fr_late + excluded.fr_late,
      res_met = r.res_met + excluded.res_met, res_late = r.res_late + excluded.res_late, rated = r.rated + excluded.rated,
      rating_sum = r.rating_sum + excluded.rating_sum, rating_top = r.rating_top + excluded.rating_top,
      reopened = r.reopened + excluded.reopened, ever_resolved = r.ever_resolved + excluded.ever_resolved,
      transferred = r.transferred + excluded.transferred, rwm_count = r.rwm_count + excluded.rwm_count,
      rwm_sum = r.rwm_sum + excluded.rwm_sum
  ), h as (
    insert into kpi_rwm_hist as h (dim, entity_id, month, key, bucket, n)
    select d.dim, e.entity_id, date_trunc('month', m.day)::date, d.key, m.bucket, sum(m.rwm_count)
    from moved m,
      lateral (values ('all', ''), ('service', m.service_id::text), ('type', m.type), ('channel', m.channel),
        ('governorate', m.governorate), ('unit', coalesce(m.unit_id::text, ''))) d(dim, key),
      lateral (values (m.entity_id), (0::bigint)) e(entity_id)
    where m.bucket is not null
    group by 1, 2, 3, 4, 5 having sum(m.rwm_count) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (dim, entity_id, month, key, bucket) do update set n = h.n + excluded.n
  ), p as (
    insert into kpi_map as p (month, service_id, cell_lat, cell_lng, n)
    select date_trunc('month', m.day)::date, v.service_id, m.cell_lat, m.cell_lng, sum(m.received)
    from moved m, lateral (values (m.service_id), (0::bigint)) v(service_id)
    where m.cell_lat is not null
    group by 1, 2, 3, 4 having sum(m.received) <> 0
    order by 2, 1, 3, 4
    on conflict (service_id, month, cell_lat, cell_lng) do update set n = p.n + excluded.n
  )
  select count(*) into folded from moved;
  return folded;
end
$fn$;

create or replace function kpi_cases_truncated() returns trigger language plpgsql as $fn$
begin
  truncate kpi_rollup, kpi_rwm_hist, kpi_map, kpi_delta;
  return null;
end
$fn$;

/**
 * Recomputes every roll-up from the cases and drops the deltas: after a bulk load with the triggers
 * disabled, or after changing kpi_settings.time_zone. Keeps case writes out (lock) and waits for a
 * fold in progress (the folders' advisory lock) meanwhile.
 */
create or replace function kpi_rebuild() returns void language plpgsql set jit = off set work_mem = '256MB' as $fn$
begin
  lock table cases in share mode;
  perform pg_advisory_xact_lock(7302160728150007);
  delete from kpi_delta;
  delete from kpi_rollup;
  delete from kpi_rwm_hist;
  delete from kpi_map;
  insert into kpi_rollup (dim, grain, entity_id, period, key, received, resolved, closed, rejected, merged, open,
    fr_met, fr_late, res_met, res_late, rated, rating_sum, rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
  select x.dim, x.grain, x.entity_id, x.period, x.key, sum(x.received), sum(x.resolved), sum(x.closed), sum(x.rejected),
    sum(x.merged), sum(x.open), sum(x.fr_met), sum(x.fr_late), sum(x.res_met), sum(x.res_late), sum(x.rated),
    sum(x.rating_sum), sum(x.rating_top), sum(x.reopened), sum(x.ever_resolved), sum(x.transferred), sum(x.rwm_count), sum(x.rwm_sum)
  from (select row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case as c from cases x) d, lateral kpi_contrib(d.c, 1) x
  group by 1, 2, 3, 4, 5;
  insert into kpi_rwm_hist (dim, entity_id, month, key, bucket, n)
  select x.dim, x.entity_id, x.month, x.key, x.bucket, sum(x.n)
  from (select row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case as c from cases x) d, lateral kpi_hist_contrib(d.c, 1) x
  group by 1, 2, 3, 4, 5;
  insert into kpi_map (month, service_id, cell_lat, cell_lng, n)
  select x.month, x.service_id, x.cell_lat, x.cell_lng, sum(x.n)
  from (select row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case as c from cases x) d, lateral kpi_map_contrib(d.c, 1) x
  group by 1, 2, 3, 4;
end
$fn$;
