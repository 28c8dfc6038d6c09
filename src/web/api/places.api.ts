import type { z } from 'zod';
import type {
  BoundaryImportInput,
  BoundarySet,
  boundarySetDetailSchema,
  RoutingRule,
  RoutingRuleCreateInput,
  RoutingRulePatchInput,
  RoutingTestInput,
  routingTestResultSchema,
  RoutingTrace,
} from '../../common/schemas/places.schema.ts';
import { apiRequest, sendJson } from './client.ts';

/** Calls of the boundary-set and routing-rule administration (national coordinator). */

export type BoundarySetDetail = z.infer<typeof boundarySetDetailSchema>;
export type RoutingTestResult = z.infer<typeof routingTestResultSchema>;
export type { BoundarySet, RoutingRule, RoutingTrace };

const boundaries = '/api/v1/admin/boundaries';
const rules = '/api/v1/admin/routing-rules';

export async function listBoundarySets(signal?: AbortSignal): Promise<BoundarySet[]> {
  return (await apiRequest<{ items: BoundarySet[] }>(boundaries, { signal })).items;
}

/** The active set with its areas (without geometry), or null when no set routes cases yet. */
export async function activeBoundarySet(signal?: AbortSignal): Promise<BoundarySetDetail | null> {
  const active = (await listBoundarySets(signal)).find((s) => s.active);
  return active ? apiRequest<BoundarySetDetail>(`${boundaries}/${active.id}`, { signal }) : null;
}

export const importBoundarySet = (input: BoundaryImportInput) => sendJson<BoundarySet>('POST', boundaries, input);
export const activateBoundarySet = (id: number) => sendJson<BoundarySet>('POST', `${boundaries}/${id}/activate`, {});

export async function listRoutingRules(signal?: AbortSignal): Promise<RoutingRule[]> {
  return (await apiRequest<{ items: RoutingRule[] }>(rules, { signal })).items;
}

export const createRoutingRule = (input: RoutingRuleCreateInput) => sendJson<RoutingRule>('POST', rules, input);
export const patchRoutingRule = (id: number, input: RoutingRulePatchInput) => sendJson<RoutingRule>('PATCH', `${rules}/${id}`, input);
export const deleteRoutingRule = (id: number) => sendJson<void>('DELETE', `${rules}/${id}`);
export const reorderRoutingRules = (ids: number[]) => sendJson<{ items: RoutingRule[] }>('PUT', `${rules}/order`, { ids });
export const testRouting = (input: RoutingTestInput) => sendJson<RoutingTestResult>('POST', `${rules}/test`, input);
