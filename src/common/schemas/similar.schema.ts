import { z } from 'zod';
import { caseStatuses, caseTypes, governorates, languages } from '../enums.ts';
import { bilingual, localeNumber, plain } from './fields.ts';

/** `GET /api/v1/intake/similar`: what the new report is about so far. */
export const similarQuerySchema = z
  .object({
    service: z.string().max(40).optional().describe('Service code, when chosen'),
    lat: localeNumber().optional().describe('Latitude of the new report (WGS 84)'),
    lng: localeNumber().optional().describe('Longitude of the new report (WGS 84)'),
    text: z.string().max(4000).optional().describe('The description typed so far'),
    type: z.enum(caseTypes).optional().describe('Case type; suggestions and inquiries are matched by text alone'),
    limit: z.coerce.number().int().min(1).max(10).optional().describe('At most this many (default 5)'),
  })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { message: 'Give both lat and lng, or neither', path: ['lat'] })
  .refine((q) => q.lat === undefined || (q.lat >= -90 && q.lat <= 90 && q.lng! >= -180 && q.lng! <= 180), { message: 'Not a point on Earth', path: ['lat'] });
export type SimilarQuery = z.infer<typeof similarQuerySchema>;

/** One open case that may be the same problem. No personal data: no name, contact, address or (for a private report) text. */
export const similarCaseSchema = z.object({
  reference: z.string(),
  type: z.enum(caseTypes),
  status: z.enum(caseStatuses),
  service: z.object({ code: z.string(), name: bilingual }),
  governorate: z.enum(governorates).nullable().describe('The area, never a finer address'),
  createdAt: z.string(),
  ageDays: z.number().int().describe('Whole days since it was reported'),
  distanceM: z.number().int().nullable().describe('Metres from your point, rounded up to 50 m; null when matched by text alone'),
  summary: z.string().nullable().describe('Its own words only for a report published through Open311, else null (the service name stands for it)'),
  photoUrl: z.string().nullable().describe('A public photo (Open311 media), else null'),
  reportedBy: z.number().int().describe('People who reported it: its citizen and its followers'),
  score: z.number().describe('How likely the same problem, 0 to 1'),
  excerpt: z.string().nullable().describe('Staff in scope only: the start of its description'),
});
export type SimilarCase = z.infer<typeof similarCaseSchema>;

export const similarListSchema = z.object({
  items: z.array(similarCaseSchema),
  threshold: z.number().describe('Cases scoring at least this are offered'),
});

/** `POST /api/v1/cases/{reference}/followers`: "this is mine too". A signed-in citizen needs no contact. */
export const followBodySchema = z
  .object({
    contact: z
      .object({
        phone: plain(40).optional().describe('Phone; local numbers get the default country code'),
        email: plain(254).optional().describe('Email address'),
      })
      .strict()
      .optional()
      .describe('Where to tell you of each step; not needed when signed in'),
    language: z.enum(languages).optional().describe('Language of the notices (default: your account’s, else Arabic)'),
  })
  .strict();
export type FollowBody = z.infer<typeof followBodySchema>;

export const followResponseSchema = z.object({
  reference: z.string(),
  following: z.literal(true),
  reportedBy: z.number().int(),
});
