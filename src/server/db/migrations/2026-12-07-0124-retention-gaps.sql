-- Two gaps of the housekeeping.
-- Forward-only: never edit this file once landed; add a new dated file instead.

-- Relays' delivery receipt ids are kept only to refuse a replay; the housekeeping deletes them
-- after their retention (TAWASUL_RETAIN_IDEMPOTENCY_HOURS, never under twice
-- TAWASUL_RELAY_TOLERANCE_SECONDS), oldest first.
create index relay_receipts_received_idx on relay_receipts (received_at);

-- The erasure of personal data (TAWASUL_RETENTION_DAYS) deletes a case's followers, who are people
-- with a phone or email. A follower's rating stays in the figures, no longer tied to anyone; a
-- rating link not used by then goes with the follower.
alter table case_follower_ratings alter column follower_id drop not null;
