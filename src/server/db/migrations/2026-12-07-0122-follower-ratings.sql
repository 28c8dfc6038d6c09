-- Followers rate the case that answered them: a case's followers ("mine too", a merged case's people)
-- receive its resolution notice with a rating link of their own. The token is theirs alone (never the
-- case's tracking code, which would open the case and its citizen's text); only its hash is kept.
-- One row per follower and case: a later resolution notice replaces the token, the rating stays.
-- Kept apart from the reporter's rating (cases.rating): the satisfaction indicators are unchanged;
-- the survey's figures carry the followers' count and mean beside them. `month`: the local month of
-- the resolution rated (YYYY-MM), as the survey's invitations.
-- Forward-only: never edit this file once landed; add a new dated file instead.

create table case_follower_ratings (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases (id),
  follower_id bigint not null references case_followers (id),
  token_hash text not null unique check (char_length(token_hash) = 64),
  rating smallint check (rating between 1 and 5),
  comment text check (char_length(comment) <= 2000),
  month text check (month ~ '^[0-9]{4}-[0-9]{2}$'),
  rated_at timestamptz,
  created_at timestamptz not null default now(),
  unique (case_id, follower_id),
  check ((rating is null) = (rated_at is null) and (rating is null) = (month is null))
);

create index case_follower_ratings_month_idx on case_follower_ratings (month) where rating is not null;
