-- Canned replies: a reply text may carry the action it goes with (a reply, a request for
-- information, a resolution), and counts its uses (a practice signal). Texts of the root entity
-- are national: every entity below sees them.
alter table reply_templates
  add column action text not null default 'none' check (action in ('none', 'reply', 'request-info', 'resolve')),
  add column use_count integer not null default 0 check (use_count >= 0),
  add column last_used_at timestamptz;

-- A case's priority changed by staff (internal: from, to).
insert into case_event_kinds (kind) values ('priority_changed');
