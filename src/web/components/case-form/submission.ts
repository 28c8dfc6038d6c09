import { parseLocaleNumber, toAsciiDigits } from '../../../common/digits.ts';
import type { Language } from '../../../common/enums.ts';
import type { Service } from '../../api/catalogue.api.ts';
import type { CaseSubmission } from '../../api/cases.api.ts';
import type { Draft } from './draft.ts';

type AttributeValue = NonNullable<CaseSubmission['attributes']>[string];

/** A typed answer in the form the API takes: numbers as numbers, date-times as ISO instants. */
function attributeValue(service: Service, code: string, raw: string | string[]): AttributeValue | undefined {
  const question = service.attributes.find((a) => a.code === code);
  if (!question) return undefined;
  if (Array.isArray(raw)) return raw.length ? raw : undefined;
  const text = raw.trim();
  if (!text) return undefined;
  switch (question.datatype) {
    case 'number':
      return parseLocaleNumber(text) ?? text;
    case 'datetime': {
      const t = Date.parse(toAsciiDigits(text));
      return Number.isNaN(t) ? text : new Date(t).toISOString();
    }
    default:
      return text;
  }
}

function optional(s: string): string | undefined {
  const t = s.trim();
  return t ? t : undefined;
}

/** Digits typed in Arabic-Indic form become ASCII in numbered address parts. */
function optionalDigits(s: string): string | undefined {
  return optional(toAsciiDigits(s));
}

/** The JSON body of `POST /api/v1/cases` for a completed draft. */
export function buildSubmission(draft: Draft, service: Service, language: Language): CaseSubmission {
  const attributes: Record<string, AttributeValue> = {};
  for (const [code, raw] of Object.entries(draft.attributes)) {
    const value = attributeValue(service, code, raw);
    if (value !== undefined) attributes[code] = value;
  }
  const l = draft.location;
  const location = {
    lat: l.lat,
    lng: l.lng,
    governorate: l.governorate || undefined,
    area: optional(l.area),
    block: optionalDigits(l.block),
    road: optionalDigits(l.road),
    building: optionalDigits(l.building),
    address: optional(l.address),
    confirmed: l.confirmed && l.lat !== undefined ? true : undefined,
  };
  const hasLocation = Object.values(location).some((v) => v !== undefined);
  const contact = {
    name: optional(draft.contact.name),
    phone: optional(draft.contact.phone),
    email: optional(draft.contact.email),
  };
  return {
    type: draft.type!,
    serviceCode: service.code,
    title: optional(draft.title),
    description: draft.description.trim(),
    attributes: Object.keys(attributes).length ? attributes : undefined,
    location: hasLocation ? location : undefined,
    anonymous: draft.anonymous || undefined,
    public: draft.type === 'suggestion' && draft.public ? true : undefined,
    contact: draft.anonymous ? undefined : contact,
    channel: 'web',
    language,
  };
}
