-- A second factor for staff who sign in with a password: a TOTP secret (RFC 6238), never sent
-- out again once enrolment is confirmed; the last time step accepted, so a code works once; ten
-- recovery codes, stored as password hashes, each usable once.
create table staff_totp (
  staff_id integer primary key references staff_users (id) on delete cascade,
  secret text not null,
  confirmed_at timestamptz,
  last_step integer,
  created_at timestamptz not null default now()
);

create table staff_recovery_codes (
  id serial primary key,
  staff_id integer not null references staff_users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz
);
create index staff_recovery_codes_staff on staff_recovery_codes (staff_id) where used_at is null;

-- Between the password and the second factor: a short-lived, single-use token (stored hashed)
-- that names the account and what it still owes: a code, or an enrolment its role requires.
create table sign_in_challenges (
  token_hash text primary key,
  staff_id integer not null references staff_users (id) on delete cascade,
  step text not null check (step in ('code', 'enrol')),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index sign_in_challenges_expiry on sign_in_challenges (expires_at);
