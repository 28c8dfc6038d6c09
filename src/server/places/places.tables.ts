/** Kysely's view of the boundary and routing-rule tables (migration 2026-12-07-0101-boundaries.sql). */
import type { ColumnType, Generated } from 'kysely';
import type { CaseType, Governorate } from '../../common/enums.ts';
import type { AreaGeometry } from './geojson.ts';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One imported version of a set of administrative areas; at most one set is active. */
export interface BoundarySetsTable {
  id: Generated<number>;
  name: string;
  version: number;
  description: string | null;
  source: string;
  licence: string;
  imported_at: GeneratedTimestamp;
  imported_by_staff_id: number | null;
  active: Generated<boolean>;
  area_count: number;
}

/** One area of a set: a layer (governorate, municipality, …), a code, names, and its polygon(s). */
export interface BoundaryAreasTable {
  id: Generated<number>;
  set_id: number;
  layer: string;
  code: string;
  name_ar: string;
  name_en: string;
  governorate: Governorate | null;
  geometry: ColumnType<AreaGeometry, string, string>;
}

/** One routing rule; an absent condition matches anything. */
export interface RoutingRulesTable {
  id: Generated<number>;
  position: number;
  name: string;
  active: Generated<boolean>;
  service_id: number | null;
  group_id: number | null;
  area_code: string | null;
  case_type: CaseType | null;
  from_minute: number | null;
  to_minute: number | null;
  entity_id: number;
  unit_id: number | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

declare module '../db/schema.ts' {
  interface DB {
    boundary_sets: BoundarySetsTable;
    boundary_areas: BoundaryAreasTable;
    routing_rules: RoutingRulesTable;
  }
}
