import type { InboxView } from '../../common/schemas/inbox-view.schema.ts';
import { apiRequest, sendJson } from './client.ts';

export type { InboxView };

/** One's own views (in one's order) and those shared with one's entity. */
export async function listInboxViews(signal?: AbortSignal): Promise<InboxView[]> {
  return (await apiRequest<{ items: InboxView[] }>('/api/v1/inbox-views', { signal })).items;
}

/** How many cases each view holds (built-in ids and saved view ids as strings); null: a view the list no longer takes. */
export async function inboxViewCounts(signal?: AbortSignal): Promise<Record<string, number | null>> {
  const { counts } = await apiRequest<{ counts: { view: string; count: number | null }[] }>('/api/v1/inbox-views/counts', { signal });
  return Object.fromEntries(counts.map((c) => [c.view, c.count]));
}

export function saveInboxView(input: { name: string; filters: Record<string, string>; shared: boolean }): Promise<{ id: number }> {
  return sendJson('POST', '/api/v1/inbox-views', input);
}

export function changeInboxView(id: number, patch: { name?: string; shared?: boolean }): Promise<void> {
  return sendJson('PATCH', `/api/v1/inbox-views/${id}`, patch);
}

export function deleteInboxView(id: number): Promise<void> {
  return sendJson('DELETE', `/api/v1/inbox-views/${id}`);
}

export function orderInboxViews(ids: number[]): Promise<void> {
  return sendJson('PUT', '/api/v1/inbox-views/order', { ids });
}
