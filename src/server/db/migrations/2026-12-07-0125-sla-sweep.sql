-- The SLA sweep at a million cases: the indicator trigger costs an update that changes nothing
-- counted (the sweep of open cases) one comparison instead of the full expansion into deltas.
-- Same function as 2026-11-28-0007, with the early return in the update branch.

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
    -- Nothing counted changed (an SLA sweep of open cases moves only their state, level and next check;
    -- an assignment): when the old and new rows hold the same counted values, as multisets, their
    -- deltas cancel exactly, and one hashed EXCEPT ALL of the two transition tables (the same number
    -- of rows) tells it instead of expanding both into deltas. The state of an open case is not
    -- counted (open cases' breaches are read live), so it takes part only once the case is resolved.
    if not exists (
      select n.created_at, n.entity_id, n.service_id, n.type, n.channel, n.governorate, n.unit_id, n.status, n.resolved_at,
        case when n.resolved_at is not null then n.sla_state end, n.first_response_working_minutes, n.sla_first_response_target,
        n.resolution_working_minutes, n.rating, n.reopen_count, n.transfer_count, n.lat, n.lng
      from kpi_new n
      except all
      select o.created_at, o.entity_id, o.service_id, o.type, o.channel, o.governorate, o.unit_id, o.status, o.resolved_at,
        case when o.resolved_at is not null then o.sla_state end, o.first_response_working_minutes, o.sla_first_response_target,
        o.resolution_working_minutes, o.rating, o.reopen_count, o.transfer_count, o.lat, o.lng
      from kpi_old o
    ) then
      return null;
    end if;
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
