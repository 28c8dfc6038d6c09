-- Delivery at most once past the hand-over, and housekeeping.
-- lease_token: a fresh value each time a dispatcher claims a message; every later write of that
-- dispatcher (renew, hand over, confirm, fail, release) names it, so a dispatcher whose lease ran
-- out can no longer hand the message to its provider. sent_at is the moment of the hand-over (the
-- message was recorded as sent just before it became irrevocable: SMTP's final dot, the gateway's
-- request); confirmed_at is when the provider acknowledged it. Sent and not confirmed: the outcome
-- is unknown (the sender stopped or the answer never came) and the message is not sent again.
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table notification_outbox add column lease_token uuid;
alter table notification_outbox add column confirmed_at timestamptz;
update notification_outbox set confirmed_at = sent_at where status = 'sent';

-- The housekeeping deletes by age in small batches: each needs an index on its age column.
create index notification_outbox_sent_idx on notification_outbox (sent_at) where status = 'sent';
create index sessions_expires_idx on sessions (expires_at);
create index sessions_revoked_idx on sessions (revoked_at) where revoked_at is not null;
create index otp_codes_expires_idx on otp_codes (expires_at);
create index password_resets_expires_idx on password_resets (expires_at);
create index throttle_buckets_reset_idx on throttle_buckets (reset_at);
