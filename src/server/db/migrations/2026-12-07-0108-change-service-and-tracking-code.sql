-- Staff correct a case's service ("change service"), and citizens get a short tracking code.
-- case_events.kind: adds 'service_changed' (internal: from, to, and how the case was re-routed).
-- cases.tracking_code_hash: the hash of the short code a person can read over the phone (with the
-- reference it opens the tracking page, as the long token does); null for cases filed before it.
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table case_events drop constraint case_events_kind_check;
alter table case_events add constraint case_events_kind_check check (kind in ('created', 'assigned', 'status_changed',
  'public_reply', 'internal_note', 'info_requested', 'citizen_replied', 'transferred', 'escalated', 'sla_warning',
  'rated', 'reopened', 'merged', 'attachment_added', 'sla_paused', 'sla_resumed', 'sla_breached', 'sla_met',
  'service_changed'));

alter table cases add column tracking_code_hash text check (tracking_code_hash ~ '^[0-9a-f]{64}$');
