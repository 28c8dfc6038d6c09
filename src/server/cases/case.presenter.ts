import type { TrackedCase } from '../../common/schemas/case.schema.ts';
import type { EventKind } from '../../common/enums.ts';
import type { CaseRepository, CaseRow } from './case.repository.ts';

/** A public timeline event as the citizen's view needs it. */
type EventRow = { id: number; kind: EventKind; body: string | null; actor_type: string; created_at: Date | string };
type AttachmentRow = Awaited<ReturnType<CaseRepository['attachments']>>[number];

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function parseJson<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/**
 * The case as its own submitter sees it. A whitelist: fields are copied one by one, so a new column
 * never leaks by accident; staff-only data (assignee, internal notes, SLA internals) is absent.
 */
export function presentTrackedCase(row: CaseRow, events: EventRow[], files: AttachmentRow[]): TrackedCase {
  const hasLocation = row.lat !== null || row.governorate !== null || row.area !== null || row.block !== null || row.address !== null;
  return {
    reference: row.reference,
    type: row.type,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    service: { code: row.service_code, name: { ar: row.service_name_ar, en: row.service_name_en } },
    entity: { code: row.entity_code, name: { ar: row.entity_name_ar, en: row.entity_name_en } },
    title: row.title,
    description: row.description,
    language: row.language,
    location: hasLocation
      ? {
          lat: row.lat,
          lng: row.lng,
          governorate: row.governorate,
          area: row.area,
          block: row.block,
          road: row.road,
          building: row.building,
          address: row.address,
        }
      : null,
    attributes: parseJson<Record<string, unknown>>(row.attributes),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    resolvedAt: iso(row.resolved_at),
    closedAt: iso(row.closed_at),
    version: row.version,
    rating: row.rating,
    attachments: files.map((f) => ({
      id: f.id,
      mediaType: f.media_type,
      sizeBytes: f.size_bytes,
      fileName: f.file_name,
      eventId: f.event_id,
      url: `/api/v1/cases/${row.reference}/attachments/${f.id}`,
    })),
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: iso(e.created_at)!,
      body: e.body,
      by: e.actor_type === 'citizen' ? 'citizen' : e.actor_type === 'staff' ? 'entity' : 'system',
    })),
  };
}
