-- Event kinds become rows of a table instead of a CHECK list that each migration had to restate in
-- full: a later migration adds its kinds with one insert, and two migrations adding kinds never
-- undo each other. The list must equal `eventKinds` in src/common/enums.ts (a test compares them).
-- entities.population: the residents an entity serves (optional). Figures per 10,000 residents and
-- support thresholds set per population use it.
-- Forward-only: never edit this file once landed; add a new dated file instead.

create table case_event_kinds (kind text primary key);
insert into case_event_kinds (kind) values ('created'), ('assigned'), ('status_changed'), ('public_reply'),
  ('internal_note'), ('info_requested'), ('citizen_replied'), ('transferred'), ('escalated'), ('sla_warning'),
  ('rated'), ('reopened'), ('merged'), ('attachment_added'), ('sla_paused'), ('sla_resumed'), ('sla_breached'),
  ('sla_met'), ('service_changed');
alter table case_events drop constraint case_events_kind_check;
alter table case_events add constraint case_events_kind_fkey foreign key (kind) references case_event_kinds (kind);

alter table entities add column population integer check (population is null or population > 0);
