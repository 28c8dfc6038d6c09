-- Staff single sign-on (OpenID Connect). A staff account provisioned at its first sign-in through
-- the identity provider is linked by the provider's issuer and subject (the email is only an
-- attribute, updated at each sign-in) and has no password. A sign-in in progress is one row, found
-- by the hash of a cookie the browser holds, so the state, nonce and PKCE verifier never leave the
-- server and a callback from another browser finds nothing. Forward-only: never edit once landed.
alter table staff_users add column sso_issuer text;
alter table staff_users add column sso_subject text;
alter table staff_users add constraint staff_users_sso_pair check ((sso_issuer is null) = (sso_subject is null));
create unique index staff_users_sso_identity on staff_users (sso_issuer, sso_subject) where sso_subject is not null;

create table sso_sign_ins (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  state text not null,
  nonce text not null,
  code_verifier text not null,
  next_path text not null check (next_path like '/%' and char_length(next_path) <= 500),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index sso_sign_ins_expiry on sso_sign_ins (expires_at);
