-- Indicators (issue 8): exact roll-ups of cases, maintained by statement-level triggers on cases,
-- so dashboards read a few thousand rows instead of a million cases. See README "Indicators".
-- Forward-only: never edit this file once landed; add a new dated file instead.

-- The SLA columns this file reads (added by 0003; repeated here so the file stands alone).
alter table cases add column if not exists sla_resolution_target integer;
alter table cases add column if not exists sla_first_response_target integer;
alter table cases add column if not exists resolution_working_minutes integer;
alter table cases add column if not exists first_response_working_minutes integer;

-- The zone whose local dates the roll-ups count in. After changing it, run `select kpi_rebuild()`.
create table kpi_settings (
  id boolean primary key default true check (id),
  time_zone text not null default 'Asia/Bahrain'
);
insert into kpi_settings default values;
analyze kpi_settings;

-- Counts per cohort: the cases CREATED on a local day (grain 'd') or in a local month (grain 'm'),
-- by their current entity (entity_id 0 = every entity, the national total) and one dimension:
-- dim 'all' (key ''), 'service' (service id), 'type', 'channel', 'governorate', 'unit' (unit id);
-- key '' where the case has no value. Every column is a count of cases (rating_sum a sum).
create table kpi_rollup (
  dim text not null check (dim in ('all', 'service', 'type', 'channel', 'governorate', 'unit')),
  grain "char" not null check (grain in ('d', 'm')),
  entity_id bigint not null,
  period date not null,
  key text not null,
  received integer not null default 0,
  resolved integer not null default 0,
  closed integer not null default 0,
  rejected integer not null default 0,
  merged integer not null default 0,
  open integer not null default 0,
  fr_met integer not null default 0,
  fr_late integer not null default 0,
  res_met integer not null default 0,
  res_late integer not null default 0,
  rated integer not null default 0,
  rating_sum integer not null default 0,
  rating_top integer not null default 0,
  reopened integer not null default 0,
  ever_resolved integer not null default 0,
  transferred integer not null default 0,
  rwm_count integer not null default 0,
  rwm_sum bigint not null default 0,
  primary key (dim, grain, entity_id, period, key)
);

-- Resolution working minutes of resolved cases, as counts per histogram bucket (kpi_bucket), per
-- creation MONTH with the same entity rows and dimensions as kpi_rollup: percentiles are read from
-- it (README: exact to the bucket). Days at the ends of a period come from the cases themselves.
create table kpi_rwm_hist (
  dim text not null,
  entity_id bigint not null,
  month date not null,
  key text not null,
  bucket smallint not null,
  n integer not null,
  -- n is included so that reading a year of histograms is an index-only scan
  primary key (dim, entity_id, month, key, bucket) include (n)
);

-- Where cases come from: counts per local month, service (0 = every service) and 0.01° grid cell.
create table kpi_map (
  month date not null,
  service_id bigint not null,
  cell_lat integer not null,
  cell_lng integer not null,
  n integer not null,
  primary key (service_id, month, cell_lat, cell_lng) include (n)
);

-- Targets per indicator: entity_id null is the default for every entity.
create table kpi_targets (
  id bigint generated always as identity primary key,
  entity_id bigint references entities (id) on delete cascade,
  indicator text not null check (indicator in ('firstResponseCompliance', 'resolutionCompliance', 'satisfiedShare',
    'surveyResponseRate', 'reopenRate', 'transferRate', 'rejectionRate', 'resolvedShare', 'meanRating')),
  target numeric not null check (target >= 0)
);
create unique index kpi_targets_key on kpi_targets (coalesce(entity_id, 0), indicator);
insert into kpi_targets (entity_id, indicator, target) values
  (null, 'firstResponseCompliance', 95),
  (null, 'resolutionCompliance', 90),
  (null, 'satisfiedShare', 80),
  (null, 'surveyResponseRate', 30),
  (null, 'reopenRate', 5),
  (null, 'resolvedShare', 85);

-- Live parts (open cases: backlog ages, overdue first responses, breached open cases) read this.
create index kpi_open_cases_idx on cases (created_at)
  include (entity_id, service_id, type, channel, governorate, unit_id, sla_state, first_responded_at, first_response_due_at)
  where status in ('new', 'assigned', 'in_progress', 'awaiting_citizen');
-- Resolution times of the days at the ends of a period are read from the cases (index-only).
create index kpi_resolved_cases_idx on cases (created_at)
  include (entity_id, service_id, type, channel, governorate, unit_id, resolution_working_minutes)
  where resolved_at is not null and resolution_working_minutes is not null;

/**
 * Histogram bucket of a whole number of minutes: the value itself below 16; above, 16 buckets per
 * doubling. The array holds each bucket's lowest value (bucket k starts at element k + 1), so the
 * bucket is a binary search in C: fast enough to bucket a month of cases on the fly.
 */
create function kpi_bucket(v integer) returns smallint language sql immutable strict parallel safe as $$
  select (width_bucket(v, '{0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,34,36,38,40,42,44,
    46,48,50,52,54,56,58,60,62,64,68,72,76,80,84,88,92,96,100,104,108,112,116,120,124,128,136,144,152,160,168,
    176,184,192,200,208,216,224,232,240,248,256,272,288,304,320,336,352,368,384,400,416,432,448,464,480,496,512,
    544,576,608,640,672,704,736,768,800,832,864,896,928,960,992,1024,1088,1152,1216,1280,1344,1408,1472,1536,
    1600,1664,1728,1792,1856,1920,1984,2048,2176,2304,2432,2560,2688,2816,2944,3072,3200,3328,3456,3584,3712,
    3840,3968,4096,4352,4608,4864,5120,5376,5632,5888,6144,6400,6656,6912,7168,7424,7680,7936,8192,8704,9216,
    9728,10240,10752,11264,11776,12288,12800,13312,13824,14336,14848,15360,15872,16384,17408,18432,19456,20480,
    21504,22528,23552,24576,25600,26624,27648,28672,29696,30720,31744,32768,34816,36864,38912,40960,43008,45056,
    47104,49152,51200,53248,55296,57344,59392,61440,63488,65536,69632,73728,77824,81920,86016,90112,94208,98304,
    102400,106496,110592,114688,118784,122880,126976,131072,139264,147456,155648,163840,172032,180224,188416,
    196608,204800,212992,221184,229376,237568,245760,253952,262144,278528,294912,311296,327680,344064,360448,
    376832,393216,409600,425984,442368,458752,475136,491520,507904,524288,557056,589824,622592,655360,688128,
    720896,753664,786432,819200,851968,884736,917504,950272,983040,1015808,1048576,1114112,1179648,1245184,
    1310720,1376256,1441792,1507328,1572864,1638400,1703936,1769472,1835008,1900544,1966080,2031616,2097152,
    2228224,2359296,2490368,2621440,2752512,2883584,3014656,3145728,3276800,3407872,3538944,3670016,3801088,
    3932160,4063232,4194304,4456448,4718592,4980736,5242880,5505024,5767168,6029312,6291456,6553600,6815744,
    7077888,7340032,7602176,7864320,8126464,8388608,8912896,9437184,9961472,10485760,11010048,11534336,12058624,
    12582912,13107200,13631488,14155776,14680064,15204352,15728640,16252928,16777216,17825792,18874368,19922944,
    20971520,22020096,23068672,24117248,25165824,26214400,27262976,28311552,29360128,30408704,31457280,32505856,
    33554432,35651584,37748736,39845888,41943040,44040192,46137344,48234496,50331648,52428800,54525952,56623104,
    58720256,60817408,62914560,65011712,67108864,71303168,75497472,79691776,83886080,88080384,92274688,96468992,
    100663296,104857600,109051904,113246208,117440512,121634816,125829120,130023424,134217728,142606336,
    150994944,159383552,167772160,176160768,184549376,192937984,201326592,209715200,218103808,226492416,
    234881024,243269632,251658240,260046848,268435456,285212672,301989888,318767104,335544320,352321536,
    369098752,385875968,402653184,419430400,436207616,452984832,469762048,486539264,503316480,520093696,
    536870912,570425344,603979776,637534208,671088640,704643072,738197504,771751936,805306368,838860800,
    872415232,905969664,939524096,973078528,1006632960,1040187392,1073741824,1140850688,1207959552,1275068416,
    1342177280,1409286144,1476395008,1543503872,1610612736,1677721600,1744830464,1811939328,1879048192,
    1946157056,2013265920,2080374784}'::integer[]) - 1)::smallint
$$;

-- The columns of a case the roll-ups read; passing these (not the whole 1 kB row) keeps a rebuild fast.
create type kpi_case as (created_at timestamptz, entity_id bigint, service_id bigint, type text, channel text,
  governorate text, unit_id bigint, status text, resolved_at timestamptz, sla_state text,
  first_response_working_minutes integer, sla_first_response_target integer, resolution_working_minutes integer,
  rating smallint, reopen_count integer, transfer_count integer, lat double precision, lng double precision);

/** One case's contribution (times s = 1 or -1) to every kpi_rollup row it counts in. */
create function kpi_contrib(c kpi_case, s integer)
returns table (dim text, grain "char", entity_id bigint, period date, key text,
  received integer, resolved integer, closed integer, rejected integer, merged integer, open integer,
  fr_met integer, fr_late integer, res_met integer, res_late integer, rated integer, rating_sum integer,
  rating_top integer, reopened integer, ever_resolved integer, transferred integer, rwm_count integer, rwm_sum bigint)
language sql stable as $$
  with b as (
    select (c.created_at at time zone z.time_zone)::date as day,
      c.resolved_at is not null as is_resolved,
      c.resolved_at is not null and c.rating is not null as is_rated,
      c.first_response_working_minutes is not null and c.sla_first_response_target is not null as fr_known
    from kpi_settings z
  )
  select d.dim, g.grain, e.entity_id,
    case g.grain when 'd' then b.day else date_trunc('month', b.day)::date end, d.key,
    s,
    s * b.is_resolved::int,
    s * coalesce(c.status = 'closed', false)::int,
    s * coalesce(c.status = 'rejected', false)::int,
    s * coalesce(c.status = 'merged', false)::int,
    s * coalesce(c.status in ('new', 'assigned', 'in_progress', 'awaiting_citizen'), false)::int,
    s * coalesce(b.fr_known and c.first_response_working_minutes <= c.sla_first_response_target, false)::int,
    s * coalesce(b.fr_known and c.first_response_working_minutes > c.sla_first_response_target, false)::int,
    s * coalesce(b.is_resolved and c.sla_state = 'met', false)::int,
    s * coalesce(b.is_resolved and c.sla_state = 'breached', false)::int,
    s * b.is_rated::int,
    s * (case when b.is_rated then c.rating else 0 end),
    s * coalesce(b.is_rated and c.rating >= 4, false)::int,
    s * coalesce(c.reopen_count > 0, false)::int,
    s * coalesce(b.is_resolved or c.reopen_count > 0, false)::int,
    s * coalesce(c.transfer_count > 0, false)::int,
    s * coalesce(b.is_resolved and c.resolution_working_minutes is not null, false)::int,
    s * (case when b.is_resolved then coalesce(c.resolution_working_minutes, 0) else 0 end)::bigint
  from b,
    (values ('all', ''), ('service', c.service_id::text), ('type', c.type), ('channel', c.channel),
      ('governorate', coalesce(c.governorate, '')), ('unit', coalesce(c.unit_id::text, ''))) d(dim, key),
    (values ('d'::"char"), ('m'::"char")) g(grain),
    (values (c.entity_id), (0::bigint)) e(entity_id)
$$;

/** One resolved case's contribution to the resolution-time histogram rows (month grain). */
create function kpi_hist_contrib(c kpi_case, s integer)
returns table (dim text, entity_id bigint, month date, key text, bucket smallint, n integer)
language sql stable as $$
  select x.dim, x.entity_id, x.period, x.key, kpi_bucket(c.resolution_working_minutes), s
  from kpi_contrib(c, s) x
  where x.grain = 'm' and c.resolved_at is not null and c.resolution_working_minutes is not null
$$;

/** One located case's contribution to the map rows. */
create function kpi_map_contrib(c kpi_case, s integer)
returns table (month date, service_id bigint, cell_lat integer, cell_lng integer, n integer)
language sql stable as $$
  select date_trunc('month', (c.created_at at time zone z.time_zone)::date)::date, v.service_id,
    floor(c.lat * 100)::int, floor(c.lng * 100)::int, s
  from kpi_settings z, (values (c.service_id), (0::bigint)) v(service_id)
  where c.lat is not null and c.lng is not null
$$;

/**
 * Applies the net change of one statement on cases to the roll-ups. Rows are written in key order,
 * so two statements never lock roll-up rows in opposite orders; an update that changes nothing the
 * roll-ups count (a note, an SLA sweep of an open case) writes nothing.
 */
-- jit off: the planner cannot know a transition table is small, and compiling costs seconds;
-- work_mem: a bulk insert's batch aggregates in memory.
create function kpi_cases_changed() returns trigger language plpgsql set jit = off set work_mem = '64MB' as $fn$
declare
  k constant text := 'row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case';
  src text;
begin
  src := case tg_op
    when 'INSERT' then format('select %s as c, 1 as s from kpi_new x', k)
    when 'DELETE' then format('select %s as c, -1 as s from kpi_old x', k)
    else format('select %s as c, 1 as s from kpi_new x union all select %s, -1 from kpi_old x', k, k) end;
  execute format($q$
    insert into kpi_rollup as r (dim, grain, entity_id, period, key, received, resolved, closed, rejected, merged, open,
      fr_met, fr_late, res_met, res_late, rated, rating_sum, rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
    select x.dim, x.grain, x.entity_id, x.period, x.key, sum(x.received), sum(x.resolved), sum(x.closed), sum(x.rejected),
      sum(x.merged), sum(x.open), sum(x.fr_met), sum(x.fr_late), sum(x.res_met), sum(x.res_late), sum(x.rated),
      sum(x.rating_sum), sum(x.rating_top), sum(x.reopened), sum(x.ever_resolved), sum(x.transferred), sum(x.rwm_count), sum(x.rwm_sum)
    from (%s) d, lateral kpi_contrib(d.c, d.s) x
    group by 1, 2, 3, 4, 5
    having (sum(x.received) <> 0 or sum(x.resolved) <> 0 or sum(x.closed) <> 0 or sum(x.rejected) <> 0
      or sum(x.merged) <> 0 or sum(x.open) <> 0 or sum(x.fr_met) <> 0 or sum(x.fr_late) <> 0 or sum(x.res_met) <> 0
      or sum(x.res_late) <> 0 or sum(x.rated) <> 0 or sum(x.rating_sum) <> 0 or sum(x.rating_top) <> 0 or sum(x.reopened) <> 0
      or sum(x.ever_resolved) <> 0 or sum(x.transferred) <> 0 or sum(x.rwm_count) <> 0 or sum(x.rwm_sum) <> 0)
    order by 1, 2, 3, 4, 5
    on conflict (dim, grain, entity_id, period, key) do update set
      received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
      closed = r.closed + excluded.closed, rejected = r.rejected + excluded.rejected, merged = r.merged + excluded.merged,
      open = r.open + excluded.open, fr_met = r.fr_met + excluded.fr_met, fr_late = r.fr_late + excluded.fr_late,
      res_met = r.res_met + excluded.res_met, res_late = r.res_late + excluded.res_late, rated = r.rated + excluded.rated,
      rating_sum = r.rating_sum + excluded.rating_sum, rating_top = r.rating_top + excluded.rating_top,
      reopened = r.reopened + excluded.reopened, ever_resolved = r.ever_resolved + excluded.ever_resolved,
      transferred = r.transferred + excluded.transferred, rwm_count = r.rwm_count + excluded.rwm_count,
      rwm_sum = r.rwm_sum + excluded.rwm_sum
  $q$, src);
  execute format($q$
    insert into kpi_rwm_hist as h (dim, entity_id, month, key, bucket, n)
    select x.dim, x.entity_id, x.month, x.key, x.bucket, sum(x.n)
    from (%s) d, lateral kpi_hist_contrib(d.c, d.s) x
    group by 1, 2, 3, 4, 5 having sum(x.n) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (dim, entity_id, month, key, bucket) do update set n = h.n + excluded.n
  $q$, src);
  execute format($q$
    insert into kpi_map as m (month, service_id, cell_lat, cell_lng, n)
    select x.month, x.service_id, x.cell_lat, x.cell_lng, sum(x.n)
    from (%s) d, lateral kpi_map_contrib(d.c, d.s) x
    group by 1, 2, 3, 4 having sum(x.n) <> 0
    order by 1, 2, 3, 4
    on conflict (service_id, month, cell_lat, cell_lng) do update set n = m.n + excluded.n
  $q$, src);
  return null;
end
$fn$;

create trigger kpi_cases_insert after insert on cases referencing new table as kpi_new
  for each statement execute function kpi_cases_changed();
create trigger kpi_cases_update after update on cases referencing old table as kpi_old new table as kpi_new
  for each statement execute function kpi_cases_changed();
create trigger kpi_cases_delete after delete on cases referencing old table as kpi_old
  for each statement execute function kpi_cases_changed();

create function kpi_cases_truncated() returns trigger language plpgsql as $fn$
begin
  truncate kpi_rollup, kpi_rwm_hist, kpi_map;
  return null;
end
$fn$;
create trigger kpi_cases_truncate after truncate on cases for each statement execute function kpi_cases_truncated();

/**
 * Recomputes every roll-up from the cases: after a bulk load with the triggers disabled, or after
 * changing kpi_settings.time_zone. Takes a lock that keeps case writes out meanwhile.
 */
create function kpi_rebuild() returns void language plpgsql set jit = off set work_mem = '256MB' as $fn$
begin
  lock table cases in share mode;
  delete from kpi_rollup;
  delete from kpi_rwm_hist;
  delete from kpi_map;
  insert into kpi_rollup (dim, grain, entity_id, period, key, received, resolved, closed, rejected, merged, open,
    fr_met, fr_late, res_met, res_late, rated, rating_sum, rating_top, reopened, ever_resolved, transferred, rwm_count, rwm_sum)
  select x.dim, x.grain, x.entity_id, x.period, x.key, sum(x.received), sum(x.resolved), sum(x.closed), sum(x.rejected),
    sum(x.merged), sum(x.open), sum(x.fr_met), sum(x.fr_late), sum(x.res_met), sum(x.res_late), sum(x.rated),
    sum(x.rating_sum), sum(x.rating_top), sum(x.reopened), sum(x.ever_resolved), sum(x.transferred), sum(x.rwm_count), sum(x.rwm_sum)
  from (select row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case as c from cases x) d, lateral kpi_contrib(d.c, 1) x
  group by 1, 2, 3, 4, 5;
  insert into kpi_rwm_hist (dim, entity_id, month, key, bucket, n)
  select x.dim, x.entity_id, x.month, x.key, x.bucket, sum(x.n)
  from (select row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case as c from cases x) d, lateral kpi_hist_contrib(d.c, 1) x
  group by 1, 2, 3, 4, 5;
  insert into kpi_map (month, service_id, cell_lat, cell_lng, n)
  select x.month, x.service_id, x.cell_lat, x.cell_lng, sum(x.n)
  from (select row(x.created_at, x.entity_id, x.service_id, x.type, x.channel, x.governorate, x.unit_id, x.status, x.resolved_at, x.sla_state, x.first_response_working_minutes, x.sla_first_response_target, x.resolution_working_minutes, x.rating, x.reopen_count, x.transfer_count, x.lat, x.lng)::kpi_case as c from cases x) d, lateral kpi_map_contrib(d.c, 1) x
  group by 1, 2, 3, 4;
end
$fn$;

select kpi_rebuild();
