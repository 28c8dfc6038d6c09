-- The SLA clock on every case, the escalations it fired (each exactly once), and the timeline
-- events of the clock. Policies and calendars were created in 0001.

alter table cases add column sla_started_at timestamptz;
alter table cases add column sla_resolution_target integer check (sla_resolution_target > 0);
alter table cases add column sla_first_response_target integer check (sla_first_response_target > 0);
alter table cases add column sla_calendar_id bigint references calendars (id);
alter table cases add column sla_next_check_at timestamptz;
alter table cases add column sla_paused_at timestamptz;
alter table cases add column sla_paused_minutes integer not null default 0 check (sla_paused_minutes >= 0);
alter table cases add column sla_cycle integer not null default 0 check (sla_cycle >= 0);
alter table cases add column resolution_working_minutes integer check (resolution_working_minutes >= 0);
alter table cases add column first_response_working_minutes integer check (first_response_working_minutes >= 0);
create index cases_sla_next_check_idx on cases (sla_next_check_at) where sla_next_check_at is not null;
create index cases_sla_state_idx on cases (entity_id, sla_state) where sla_state is not null;

-- 'always' calendars count every minute: used for policies measured in calendar days.
alter table sla_policies add column is_default boolean not null default false;
create unique index sla_policies_one_default on sla_policies (is_default) where is_default;

-- One row per escalation step fired on a case in a clock cycle: the primary key makes a step
-- fire once, whatever restarts or parallel workers do. A reopen starts a new cycle.
create table sla_escalations (
  case_id bigint not null references cases (id),
  step_id bigint not null references sla_escalation_steps (id) on delete cascade,
  cycle integer not null,
  fired_at timestamptz not null default now(),
  primary key (case_id, step_id, cycle)
);

alter table case_events drop constraint case_events_kind_check;
alter table case_events add constraint case_events_kind_check check (kind in ('created', 'assigned', 'status_changed',
  'public_reply', 'internal_note', 'info_requested', 'citizen_replied', 'transferred', 'escalated', 'sla_warning',
  'rated', 'reopened', 'merged', 'attachment_added', 'sla_paused', 'sla_resumed', 'sla_breached', 'sla_met'));
