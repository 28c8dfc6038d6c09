-- The satisfaction survey: after a resolution (or a suggestion implemented or declined) the citizen is
-- invited to rate the answer overall, and the speed, confidentiality and simplicity of the processing
-- (1-5 each), to say whether the problem was actually solved, and to comment, within a number of days.
-- survey_invitations: one per case resolution (the case and its resolved_at), with the entity, service,
-- type and local month of the resolution kept so the figures group without re-reading the case (a case
-- transferred later still counts where it was answered). `notified`: a message was queued (false when
-- the citizen answered on the tracking page before any was sent, or the case has no contact).
-- survey_answers: at most one per invitation; `overall` is also the case's rating (cases.rating).
-- services.survey_reopen_not_solved: a "not solved" answer reopens the case.
-- Forward-only: never edit this file once landed; add a new dated file instead.

alter table services add column survey_reopen_not_solved boolean not null default false;

create table survey_invitations (
  id bigint generated always as identity primary key,
  case_id bigint not null references cases (id),
  resolved_at timestamptz not null,
  entity_id bigint not null references entities (id),
  service_id bigint not null references services (id),
  case_type text not null,
  month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
  language text not null check (language in ('ar', 'en')),
  notified boolean not null,
  invited_at timestamptz not null default now(),
  expires_at timestamptz not null,
  check (expires_at > resolved_at),
  unique (case_id, resolved_at)
);
create index survey_invitations_month_idx on survey_invitations (month, entity_id, service_id);

create table survey_answers (
  invitation_id bigint primary key references survey_invitations (id),
  overall smallint not null check (overall between 1 and 5),
  speed smallint not null check (speed between 1 and 5),
  confidentiality smallint not null check (confidentiality between 1 and 5),
  simplicity smallint not null check (simplicity between 1 and 5),
  solved boolean not null,
  comment text check (char_length(comment) <= 2000),
  channel text not null check (channel in ('web', 'mobile')),
  reopened boolean not null default false,
  answered_at timestamptz not null default now()
);

-- The sweep that invites: resolutions still inside the survey window.
create index cases_resolved_at_idx on cases (resolved_at) where resolved_at is not null;
