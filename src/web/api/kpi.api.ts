import type { z } from 'zod';
import type { Language } from '../../common/enums.ts';
import type {
  KpiDim,
  kpiBreachesResponseSchema,
  kpiBreakdownResponseSchema,
  kpiEntitiesResponseSchema,
  kpiFiguresSchema,
  kpiTrendsResponseSchema,
  publicFiguresSchema,
  publicMapResponseSchema,
  publicStatsResponseSchema,
} from '../../common/schemas/kpi.schema.ts';
import { apiRequest, queryString } from './client.ts';

export type { KpiDim };
/** Every figure of a group of cases (see the README, "Indicators"). */
export type KpiFigures = z.infer<typeof kpiFiguresSchema>;
export type KpiEntities = z.infer<typeof kpiEntitiesResponseSchema>;
export type KpiEntityItem = KpiEntities['items'][number];
export type KpiBreakdown = z.infer<typeof kpiBreakdownResponseSchema>;
export type KpiTrends = z.infer<typeof kpiTrendsResponseSchema>;
export type KpiBreaches = z.infer<typeof kpiBreachesResponseSchema>;
export type DrillDown = KpiEntities['drillDown'];
export type PublicFigures = z.infer<typeof publicFiguresSchema>;
export type PublicStats = z.infer<typeof publicStatsResponseSchema>;
export type PublicMap = z.infer<typeof publicMapResponseSchema>;

/** A period of local dates (YYYY-MM-DD, both included); empty means the server's default (the last twelve months). */
export interface DatePeriod {
  from?: string;
  to?: string;
}

/** A period of whole months (YYYY-MM). */
export interface MonthPeriod {
  from?: string;
  to?: string;
}

export function fetchKpiEntities(period: DatePeriod, signal?: AbortSignal): Promise<KpiEntities> {
  return apiRequest<KpiEntities>(`/api/v1/kpi/entities${queryString({ ...period })}`, { signal });
}

export function fetchKpiBreakdown(period: DatePeriod, by: KpiDim, entity: string | undefined, signal?: AbortSignal): Promise<KpiBreakdown> {
  return apiRequest<KpiBreakdown>(`/api/v1/kpi/breakdown${queryString({ ...period, by, entity })}`, { signal });
}

export function fetchKpiTrends(period: DatePeriod, by: 'week' | 'month', entity: string | undefined, signal?: AbortSignal): Promise<KpiTrends> {
  return apiRequest<KpiTrends>(`/api/v1/kpi/trends${queryString({ ...period, by, entity })}`, { signal });
}

export function fetchKpiBreaches(period: DatePeriod, entity: string | undefined, signal?: AbortSignal): Promise<KpiBreaches> {
  return apiRequest<KpiBreaches>(`/api/v1/kpi/breaches${queryString({ ...period, entity, limit: '10' })}`, { signal });
}

export function fetchPublicStats(period: MonthPeriod, signal?: AbortSignal): Promise<PublicStats> {
  return apiRequest<PublicStats>(`/api/v1/public/stats${queryString({ ...period })}`, { signal });
}

export function fetchPublicMap(period: MonthPeriod, service: string | undefined, signal?: AbortSignal): Promise<PublicMap> {
  return apiRequest<PublicMap>(`/api/v1/public/map${queryString({ ...period, service })}`, { signal });
}

/** The indicator reports that can be downloaded, each with the query of its dashboard answer. */
export type KpiReportName = 'entities' | 'breakdown' | 'trends' | 'breaches';

/** Where an indicator report downloads as CSV or XLSX (the session cookie authorises it). */
export function kpiExportUrl(report: KpiReportName, format: 'csv' | 'xlsx', params: Record<string, string | undefined>, lang: Language): string {
  return `/api/v1/exports/kpi/${report}.${format}${queryString({ ...params, lang })}`;
}

/** The open-data table (anyone): CSV or JSON with its schema. */
export function openDataUrl(format: 'csv' | 'json', period: MonthPeriod): string {
  return `/api/v1/public/stats.${format}${queryString({ ...period })}`;
}
