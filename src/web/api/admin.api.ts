import type {
  AdminApiKey,
  AdminEntity,
  AdminGroup,
  AdminReason,
  AdminService,
  AdminStaff,
  ApiKeyCreateInput,
  AuditEntryView,
  AuditQuery,
  EntityCreateInput,
  EntityPatchInput,
  ReasonCreateInput,
  ReasonPatchInput,
  ServiceCreateInput,
  ServiceReplaceInput,
  StaffCreateInput,
  StaffPatchInput,
  StaffQuery,
} from '../../common/schemas/admin.schema.ts';
import { apiRequest, queryString, sendJson } from './client.ts';

/** Calls of the administration pages (`/api/v1/admin/…`); the server checks who may make each. */

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const stringify = (q: Record<string, unknown>): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(q).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)]));

export async function listEntities(signal?: AbortSignal): Promise<AdminEntity[]> {
  return (await apiRequest<{ items: AdminEntity[] }>('/api/v1/admin/entities', { signal })).items;
}
export const createEntity = (input: EntityCreateInput) => sendJson<unknown>('POST', '/api/v1/admin/entities', input);
export const patchEntity = (code: string, input: EntityPatchInput) => sendJson<unknown>('PATCH', `/api/v1/admin/entities/${encodeURIComponent(code)}`, input);

export function listStaff(query: StaffQuery, signal?: AbortSignal): Promise<Page<AdminStaff>> {
  return apiRequest<Page<AdminStaff>>(`/api/v1/admin/staff${queryString(stringify(query))}`, { signal });
}
export const createStaff = (input: StaffCreateInput) => sendJson<{ staff: AdminStaff; invited: boolean }>('POST', '/api/v1/admin/staff', input);
export const patchStaff = (id: number, input: StaffPatchInput) => sendJson<unknown>('PATCH', `/api/v1/admin/staff/${id}`, input);
export const sendPasswordLink = (id: number) => sendJson<unknown>('POST', `/api/v1/admin/staff/${id}/password-link`, {});

export async function listGroups(signal?: AbortSignal): Promise<AdminGroup[]> {
  return (await apiRequest<{ items: AdminGroup[] }>('/api/v1/admin/service-groups', { signal })).items;
}
export async function listAdminServices(signal?: AbortSignal): Promise<AdminService[]> {
  return (await apiRequest<{ items: AdminService[] }>('/api/v1/admin/services', { signal })).items;
}
export function getAdminService(code: string, signal?: AbortSignal): Promise<AdminService> {
  return apiRequest<AdminService>(`/api/v1/admin/services/${encodeURIComponent(code)}`, { signal });
}
export const createService = (input: ServiceCreateInput) => sendJson<unknown>('POST', '/api/v1/admin/services', input);
export const replaceService = (code: string, input: ServiceReplaceInput) => sendJson<unknown>('PUT', `/api/v1/admin/services/${encodeURIComponent(code)}`, input);
export const setServiceActive = (code: string, active: boolean) => sendJson<unknown>('PATCH', `/api/v1/admin/services/${encodeURIComponent(code)}`, { active });

export async function listApiKeys(signal?: AbortSignal): Promise<AdminApiKey[]> {
  return (await apiRequest<{ items: AdminApiKey[] }>('/api/v1/admin/api-keys', { signal })).items;
}
export const createApiKey = (input: ApiKeyCreateInput) => sendJson<{ key: string; apiKey: AdminApiKey }>('POST', '/api/v1/admin/api-keys', input);
export const revokeApiKey = (id: number) => sendJson<unknown>('POST', `/api/v1/admin/api-keys/${id}/revoke`, {});

export async function listReasons(signal?: AbortSignal): Promise<AdminReason[]> {
  return (await apiRequest<{ items: AdminReason[] }>('/api/v1/admin/rejection-reasons', { signal })).items;
}
export const createReason = (input: ReasonCreateInput) => sendJson<unknown>('POST', '/api/v1/admin/rejection-reasons', input);
export const patchReason = (code: string, input: ReasonPatchInput) => sendJson<unknown>('PATCH', `/api/v1/admin/rejection-reasons/${encodeURIComponent(code)}`, input);

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntryView>> {
  return apiRequest<Page<AuditEntryView>>(`/api/v1/admin/audit${queryString(stringify(query))}`, { signal });
}
