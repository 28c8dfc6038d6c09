-- Sign-in backoff per account and client address. A key is an account (hashed) with the address
-- the attempts come from, so failures from one address slow that address down and never lock the
-- account out from elsewhere. `attempts` counts the attempts of the current streak (claimed before
-- the password is checked, so concurrent guesses cannot exceed the limit); `next_at` is when the
-- next attempt is allowed; a streak is forgotten at `forget_at`, and forgotten on success.
create table sign_in_backoff (
  key text primary key check (char_length(key) <= 300),
  attempts integer not null check (attempts >= 0),
  next_at timestamptz,
  forget_at timestamptz not null
);
create index sign_in_backoff_forget_idx on sign_in_backoff (forget_at);

