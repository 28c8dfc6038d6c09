-- Administration: the audit log remembers which entity a change concerns, so an entity's
-- administrator can read the changes about their entity (and only those).
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table audit_log add column entity_id bigint references entities (id);
create index audit_log_entity_idx on audit_log (entity_id, id) where entity_id is not null;
create index audit_log_actor_idx on audit_log (actor_staff_id, id) where actor_staff_id is not null;
