-- A suggestion's own lifecycle (README "Roles, scope and the workflow"): received ('new') → under
-- study → accepted (with a plan) → in progress → implemented | declined | merged.
-- Four statuses join the CHECK list; under_study and accepted are open, implemented and declined final.
-- An accepted suggestion's plan (planned action, owner unit, cost band, target date) and, once carried
-- out, what was done, are one row per case in suggestion_plans.
-- Indicators: implemented counts as resolved (it sets resolved_at, as resolve does), declined as
-- rejected, under_study and accepted as open: kpi_delta_of learns the new statuses, and the partial
-- indexes of open cases are rebuilt with the new open list.
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table cases drop constraint cases_status_check;
alter table cases add constraint cases_status_check check (status in ('new', 'assigned', 'in_progress',
  'awaiting_citizen', 'resolved', 'closed', 'rejected', 'merged', 'under_study', 'accepted', 'implemented', 'declined'));

create table suggestion_plans (
  case_id bigint primary key references cases (id),
  plan text not null check (char_length(plan) between 1 and 4000),
  owner_unit_id bigint not null references entities (id),
  cost_band text not null check (cost_band in ('none', 'low', 'medium', 'high')),
  target_date date not null,
  accepted_at timestamptz not null default now(),
  accepted_by bigint references staff_users (id),
  implemented_at timestamptz,
  outcome text check (outcome is null or char_length(outcome) between 1 and 4000)
);

create or replace function kpi_delta_of(c kpi_case, s integer)
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
    s * coalesce(c.status in ('rejected', 'declined'), false)::int,
    s * coalesce(c.status = 'merged', false)::int,
    s * coalesce(c.status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted'), false)::int,
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

drop index kpi_open_cases_idx;
create index kpi_open_cases_idx on cases (created_at)
  include (entity_id, service_id, type, channel, governorate, unit_id, sla_state, first_responded_at, first_response_due_at)
  where status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted');
drop index cases_open_point_idx;
create index cases_open_point_idx on cases (lat, lng, created_at)
  where lat is not null and status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted');
