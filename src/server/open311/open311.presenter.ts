/**
 * Open311 documents — whitelists, field by field, so a new column never leaks into a public list.
 * No contact data (name, phone, email, ID) is ever copied; citizens' own words on the timeline are
 * shown only as the fact that they wrote.
 *
 * Only a report made through Open311 is published in full (its text, address, point, media and the
 * agency's answers to it). Any other case — a citizen who wrote to the entity through the web, the
 * hotline or a relay wrote privately — shows its service, status and dates, no free text (its own,
 * its attribute answers, staff replies: the schema has no publication opt-in), no address, and
 * its point only as the public map's cell, when the map shows that cell.
 */
import { caseStatuses, type AttributeDatatype, type CaseStatus, type Language } from '../../common/enums.ts';
import type { Service } from '../catalogue/catalogue.service.ts';
import { w3cDateTime } from './open311.time.ts';
import type { PublicEventRow, RequestRow, StatusChangeRow, UpdateRow } from './open311.repository.ts';
import type { XmlValue } from './xml.ts';

/** Item element names of Open311 XML lists. */
export const xmlItemNames: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
  notes: 'note',
};

type Doc = { [name: string]: XmlValue };

const closedStatuses: ReadonlySet<CaseStatus> = new Set(['resolved', 'closed', 'rejected', 'merged', 'implemented', 'declined']);

/** Open311 status of a Tawasul status: resolved, closed, rejected and merged are `closed`. */
export function open311Status(status: CaseStatus): 'open' | 'closed' {
  return closedStatuses.has(status) ? 'closed' : 'open';
}

/** The Tawasul statuses an Open311 status filter stands for. */
export function statusesFor(open311: 'open' | 'closed'): CaseStatus[] {
  return caseStatuses.filter((s) => open311Status(s) === open311);
}

/** Discovery: where the endpoint is and what it speaks. */
export function presentDiscovery(publicUrl: string, changeset: string): Doc {
  return {
    changeset,
    contact: `${publicUrl} — Tawasul platform administrators`,
    key_service: 'API keys are issued by the platform administrators (tawasul apikey create NAME).',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${publicUrl}/open311/v2`,
        changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

/** A catalogue service in the services list. */
export function presentService(s: Service, lang: Language): Doc {
  return {
    service_code: s.code,
    service_name: s.name[lang],
    description: s.description[lang],
    metadata: s.attributes.length > 0,
    type: 'realtime',
    keywords: s.keywords.join(','),
    group: s.group.name[lang],
  };
}

/** A service definition: its extra questions as Open311 attributes. */
export function presentDefinition(s: Service, lang: Language): Doc {
  return {
    service_code: s.code,
    attributes: s.attributes.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.description[lang],
      order: a.order,
      description: a.name[lang],
      values: a.values.map((v) => ({ key: v.key, name: v.name[lang] })),
    })),
  };
}

const addressWords = {
  en: { block: 'Block', road: 'Road', building: 'Building', sep: ', ' },
  ar: { block: 'مجمع', road: 'طريق', building: 'مبنى', sep: '، ' },
};

/** The address of a case: as given, else composed from block, road, building and area; never contact data. */
export function composeAddress(row: Pick<RequestRow, 'address' | 'block' | 'road' | 'building' | 'area'>, lang: Language): string | null {
  if (row.address) return row.address;
  const w = addressWords[lang];
  const parts = [
    row.block ? `${w.block} ${row.block}` : null,
    row.road ? `${w.road} ${row.road}` : null,
    row.building ? `${w.building} ${row.building}` : null,
    row.area,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(w.sep) : null;
}

/** Extra data for `extensions=true`. */
export interface RequestExtras {
  events: PublicEventRow[];
  /** Datatypes of the service's questions; free-text answers are left out of lists. */
  datatypes: Map<string, AttributeDatatype>;
}

const publicAnswerTypes: ReadonlySet<AttributeDatatype> = new Set(['number', 'datetime', 'singlevaluelist', 'multivaluelist']);

function parseJson<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** A point the public may see in place of a private case's own: its map cell's centre, or none. */
export type PublicPlace = { lat: number; lng: number } | null;

function presentExtras(row: RequestRow, extras: RequestExtras, tz: string): Doc {
  const published = row.via_open311;
  const answers = published ? parseJson<Record<string, string | number | string[]>>(row.attributes) : {};
  const attributes: Doc = {};
  for (const [code, value] of Object.entries(answers)) {
    const type = extras.datatypes.get(code);
    if (type && publicAnswerTypes.has(type)) attributes[code] = value;
  }
  return {
    notes: extras.events.map((e) => {
      const bySubmitter = e.actor_type === 'citizen' || e.actor_type === 'api_client';
      return {
        datetime: w3cDateTime(e.created_at, tz),
        type: e.kind,
        author: e.actor_type === 'staff' ? 'agency' : bySubmitter ? 'submitter' : 'system',
        description: bySubmitter || !published ? '' : (e.body ?? ''),
      };
    }),
    extended_attributes: { tawasul_status: row.status, case_type: row.type, channel: row.channel, attributes },
  };
}

/**
 * A case as an Open311 service request. `place` stands in for the point of a case not reported
 * through Open311 (see the module note).
 */
export function presentRequest(row: RequestRow, lang: Language, tz: string, place: PublicPlace, extras?: RequestExtras): Doc {
  const published = row.via_open311;
  const request: Doc = {
    service_request_id: row.reference,
    status: open311Status(row.status),
    status_notes: published ? (row.status_notes ?? null) : null,
    service_name: lang === 'en' ? row.service_name_en : row.service_name_ar,
    service_code: row.service_code,
    description: published ? row.description : '',
    agency_responsible: lang === 'en' ? row.entity_name_en : row.entity_name_ar,
    service_notice: '',
    requested_datetime: w3cDateTime(row.created_at, tz),
    updated_datetime: w3cDateTime(row.updated_at, tz),
    expected_datetime: row.resolution_due_at ? w3cDateTime(row.resolution_due_at, tz) : null,
    address: published ? composeAddress(row, lang) : null,
    lat: published ? row.lat : (place?.lat ?? null),
    long: published ? row.lng : (place?.lng ?? null),
    media_url: published ? row.media_url : null,
  };
  return extras ? { ...request, ...presentExtras(row, extras, tz) } : request;
}

function statusOf(data: unknown): CaseStatus | undefined {
  const d = parseJson<Record<string, unknown> | null>(data);
  const s = d?.to ?? d?.status;
  return typeof s === 'string' && (caseStatuses as readonly string[]).includes(s) ? (s as CaseStatus) : undefined;
}

/**
 * A case's status just after one of its events: the last status change (an update event whose
 * `data.to` is a status) at or before it; before the first change, `new`; with no readable change
 * at all, the case's status now.
 */
export function statusAtEvent(eventId: number, changes: StatusChangeRow[], current: CaseStatus): CaseStatus {
  let at: CaseStatus | undefined;
  let later = false;
  for (const c of changes) {
    const s = statusOf(c.data);
    if (!s) continue;
    if (c.id <= eventId) at = s;
    else later = true;
  }
  return at ?? (later ? 'new' : current);
}

/**
 * A public status change, reply, request for information or merge as an Open311 request update; its
 * text only for a case reported through Open311, and never the submitter's own words.
 */
export function presentUpdate(row: UpdateRow, status: CaseStatus, tz: string): Doc {
  const bySubmitter = row.actor_type === 'citizen' || row.actor_type === 'api_client';
  return {
    update_id: String(row.id),
    service_request_id: row.reference,
    status: open311Status(status),
    description: bySubmitter || !row.via_open311 ? '' : (row.body ?? ''),
    updated_datetime: w3cDateTime(row.created_at, tz),
    media_url: null,
  };
}

/** The answer to a POST: the case is made at once, so there is an id and no token. */
export function presentCreated(reference: string): Doc {
  return { service_request_id: reference, service_notice: '' };
}

/** One Open311 error. */
export function presentError(code: number, description: string): Doc {
  return { code, description };
}
