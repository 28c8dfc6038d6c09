-- Boundaries as data: versioned sets of administrative areas (polygons imported from GeoJSON, with
-- their source and licence), of which one set is active; a case's point decides its areas. The
-- point-in-polygon look-up runs in the application over an in-memory index, so it is the same on
-- PGlite and PostgreSQL; the geometry is kept here as GeoJSON.
create table boundary_sets (
  id bigint generated always as identity primary key,
  name text not null check (char_length(name) between 1 and 200),
  -- Each import under a name is a new version; earlier versions stay for the record.
  version integer not null check (version >= 1),
  description text check (char_length(description) <= 2000),
  source text not null check (char_length(source) between 1 and 500),
  licence text not null check (char_length(licence) between 1 and 200),
  imported_at timestamptz not null default now(),
  imported_by_staff_id bigint references staff_users (id),
  active boolean not null default false,
  area_count integer not null check (area_count >= 0),
  unique (name, version)
);
-- At most one active set.
create unique index boundary_sets_one_active on boundary_sets (active) where active;

create table boundary_areas (
  id bigint generated always as identity primary key,
  set_id bigint not null references boundary_sets (id),
  -- governorate, municipality, or any finer layer a government adds.
  layer text not null check (layer ~ '^[a-z][a-z0-9_]{0,39}$'),
  code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$'),
  name_ar text not null check (char_length(name_ar) between 1 and 200),
  name_en text not null check (char_length(name_en) between 1 and 200),
  -- The governorate a point in this area routes by (service_routes), if any.
  governorate text check (governorate in ('capital', 'muharraq', 'northern', 'southern')),
  -- A GeoJSON Polygon or MultiPolygon geometry, WGS 84 (lng, lat).
  geometry jsonb not null,
  unique (set_id, layer, code)
);

-- Routing rules beyond areas: ordered, first match wins. Every condition given must hold; an
-- absent condition matches anything. The area is named by its code, so a rule outlives a new
-- version of the boundary set. A time window from > to wraps midnight (e.g. 18:00–07:00).
create table routing_rules (
  id bigint generated always as identity primary key,
  position integer not null,
  name text not null check (char_length(name) between 1 and 200),
  active boolean not null default true,
  service_id bigint references services (id),
  group_id bigint references service_groups (id),
  area_code text check (char_length(area_code) <= 60),
  case_type text check (case_type in ('complaint', 'suggestion', 'inquiry', 'compliment')),
  from_minute integer check (from_minute between 0 and 1439),
  to_minute integer check (to_minute between 0 and 1440),
  entity_id bigint not null references entities (id),
  unit_id bigint references entities (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((from_minute is null) = (to_minute is null)),
  check (service_id is null or group_id is null)
);
create index routing_rules_position_idx on routing_rules (position, id);
