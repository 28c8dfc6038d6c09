-- Saved inbox views: a staff member's named filters of the case list, private or shared with their
-- entity, in the order its owner keeps them. The filters are the case list's own query parameters
-- (validated by its schema before they are stored). Forward-only: never edit this file once landed.
create table inbox_views (
  id bigserial primary key,
  owner_id bigint not null references staff_users (id) on delete cascade,
  entity_id bigint not null references entities (id) on delete cascade,
  name text not null check (length(name) between 1 and 80),
  filters jsonb not null default '{}'::jsonb check (jsonb_typeof(filters) = 'object'),
  position integer not null default 0,
  shared boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index inbox_views_owner on inbox_views (owner_id, position);
create index inbox_views_shared on inbox_views (entity_id) where shared;

