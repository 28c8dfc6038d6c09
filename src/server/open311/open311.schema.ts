import { z } from 'zod';

// Open311 clients send every parameter as text, often empty, sometimes twice. An empty parameter
// is treated as absent; a repeated one keeps its first value, or for list filters joins the values.

function first(v: unknown): unknown {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() === '' ? undefined : s;
}

function joined(v: unknown): unknown {
  const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x.trim() !== '').join(',') : v;
  return typeof s === 'string' && s.trim() === '' ? undefined : s;
}

/** An optional text parameter; empty means absent. */
export const param = (max: number, description: string) =>
  z.preprocess(first, z.string().max(max).optional()).describe(description);

/** An optional comma-separated list parameter; empty means absent. */
export const listParam = (max: number, description: string) =>
  z.preprocess(joined, z.string().max(max).optional()).describe(description);

const common = {
  jurisdiction_id: param(200, 'Optional; must name this server\'s jurisdiction when given'),
  locale: param(35, 'ar or en (default: Accept-Language, else ar)'),
};

export const discoveryQuerySchema = z.looseObject(common);
export const servicesQuerySchema = z.looseObject(common);

export const serviceParamsSchema = z.object({ code: z.string().max(100).describe('service_code') });
export const requestParamsSchema = z.object({ id: z.string().max(100).describe('service_request_id: the case reference') });
export const tokenParamsSchema = z.object({ token: z.string().max(200) });

const extensions = param(10, 'true adds notes[] and extended_attributes');

export const requestsQuerySchema = z.looseObject({
  ...common,
  service_request_id: listParam(20_000, 'Comma-separated case references; overrides every other filter'),
  service_code: listParam(4_000, 'Comma-separated service codes'),
  start_date: param(64, 'Earliest requested_datetime, W3C; default 90 days before end_date'),
  end_date: param(64, 'Latest requested_datetime, W3C; default now'),
  status: listParam(100, 'open, closed or both, comma-separated'),
  extensions,
});
export type RequestsQuery = z.infer<typeof requestsQuerySchema>;

export const requestQuerySchema = z.looseObject({ ...common, extensions });

export const updatesQuerySchema = z.looseObject({
  ...common,
  start_date: param(64, 'Earliest updated_datetime, W3C; default 90 days before end_date'),
  end_date: param(64, 'Latest updated_datetime, W3C; default now'),
});
export type UpdatesQuery = z.infer<typeof updatesQuerySchema>;

/**
 * POST requests: form-encoded. Every field is optional here so that a missing or bad api_key is
 * answered 403 before anything else; the rules (service, location, contact, attributes) are the
 * service's. `attribute[code]` and `attribute[code][]` fields pass through.
 */
export const postRequestBodySchema = z.preprocess(
  (v) => v ?? {},
  z.looseObject({
    api_key: param(200, 'API key (or in the query string)'),
    jurisdiction_id: common.jurisdiction_id,
    locale: common.locale,
    service_code: param(100, 'The service'),
    lat: param(40, 'Latitude, WGS 84 (with long)'),
    long: param(40, 'Longitude, WGS 84 (with lat)'),
    address_string: param(1_000, 'Address or landmark, when there are no coordinates'),
    address_id: param(200, 'An address identifier, when there are no coordinates'),
    email: param(254, 'Submitter email'),
    device_id: param(200, 'Submitting device'),
    account_id: param(200, 'Submitter account in the client'),
    first_name: param(200, 'Submitter first name'),
    last_name: param(200, 'Submitter last name'),
    phone: param(40, 'Submitter phone'),
    description: param(16_000, 'Up to 4,000 characters; CRLF accepted'),
    media_url: param(2_000, 'A link to a photo hosted elsewhere'),
  }),
);
export type PostRequestBody = z.infer<typeof postRequestBodySchema>;
