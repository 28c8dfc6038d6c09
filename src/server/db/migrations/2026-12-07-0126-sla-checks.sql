-- The SLA sweep at a million cases, part two: the sweep's update of a case stays on its page.
--
-- A case's update is a HOT one (heap-only: no new entry in any index) when it changes no indexed
-- column and its page has room. The sweep changes only the state, the escalation level and the next
-- check; until now all three were indexed (the next check to claim due cases, the state in
-- cases_sla_state_idx and in kpi_open_cases_idx), so each swept case put a new entry into every
-- index of cases, the full-text one included, and after a checkpoint wrote each touched index page
-- whole to the WAL.
--
-- Now the next check is claimed from sla_checks, a narrow table with one row per case whose clock
-- has a next check, kept by statement triggers on cases (so every writer of cases.sla_next_check_at,
-- the service, datagen, a test, keeps it right without knowing it exists); cases.sla_next_check_at
-- stays the truth and is no longer indexed. The state leaves both indexes: the inbox's SLA filter
-- walks the newest-first index like the other filters, and the dashboards' live breach count reads
-- the state from the case. Cases keep 15 % of each new page free so that the next version of a row
-- fits beside it (pages written before this keep their old fill until rewritten).

create table sla_checks (
  case_id bigint primary key references cases (id) on delete cascade,
  due_at timestamptz not null
);
create index sla_checks_due_idx on sla_checks (due_at);
insert into sla_checks (case_id, due_at) select id, sla_next_check_at from cases where sla_next_check_at is not null;

drop index cases_sla_next_check_idx;
drop index cases_sla_state_idx;
drop index kpi_open_cases_idx;
create index kpi_open_cases_idx on cases (created_at)
  include (entity_id, service_id, type, channel, governorate, unit_id, first_responded_at, first_response_due_at)
  where status in ('new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted');
alter table cases set (fillfactor = 85);

/**
 * Keeps sla_checks equal to the cases' next checks after a statement on cases: set-based over the
 * statement's transition tables, so a sweep of 5,000 cases costs one upsert and one delete, and a
 * statement that moves no next check (most of them) finds no row to write.
 */
create function sla_checks_follow() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    insert into sla_checks (case_id, due_at)
      select n.id, n.sla_next_check_at from sla_new n where n.sla_next_check_at is not null;
  else
    insert into sla_checks (case_id, due_at)
      select n.id, n.sla_next_check_at from sla_new n join sla_old o on o.id = n.id
      where n.sla_next_check_at is not null and n.sla_next_check_at is distinct from o.sla_next_check_at
      on conflict (case_id) do update set due_at = excluded.due_at;
    -- Every case left without a next check loses its check, not only one whose check just ended: a
    -- check written while the triggers were off (a bulk load) is mended by the next write of its case.
    delete from sla_checks k using sla_new n
      where k.case_id = n.id and n.sla_next_check_at is null;
  end if;
  return null;
end
$fn$;
create trigger sla_checks_insert after insert on cases
  referencing new table as sla_new for each statement execute function sla_checks_follow();
create trigger sla_checks_update after update on cases
  referencing old table as sla_old new table as sla_new for each statement execute function sla_checks_follow();

-- The steps fired in the clock's current cycle are kept on the case, written by the sweep's own
-- update of the case (a heap-only one), instead of one sla_escalations row per step with its
-- primary key and two foreign-key checks. A step still fires once: the sweep holds the case's row
-- lock from its claim to its update, so no other worker can read the case's steps in between, and
-- a new cycle (a reopen, a transfer that restarts the clock) empties the list. The timeline keeps
-- the history of every firing (escalated and sla_warning events).
alter table cases add column sla_fired_steps bigint[] not null default '{}';
update cases c set sla_fired_steps = f.steps
  from (select e.case_id, array_agg(e.step_id order by e.step_id) as steps
        from sla_escalations e join cases k on k.id = e.case_id and k.sla_cycle = e.cycle
        group by e.case_id) f
  where c.id = f.case_id;
drop table sla_escalations;
