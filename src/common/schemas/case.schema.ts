import { z } from 'zod';
import {
  caseChannels,
  casePriorities,
  caseStatuses,
  caseTypes,
  eventKinds,
  governorates,
  languages,
} from '../enums.ts';
import { bilingual, localeNumber, plain, text } from './fields.ts';
import { entityRefSchema } from './catalogue.schema.ts';

export const locationSchema = z
  .object({
    lat: localeNumber().optional().describe('Latitude, WGS 84'),
    lng: localeNumber().optional().describe('Longitude, WGS 84'),
    governorate: z.enum(governorates).optional().describe('Governorate code; routes the case to its municipality'),
    area: text({ max: 100 }).optional().describe('Area or neighbourhood name'),
    block: text({ max: 20 }).optional().describe('Block number'),
    road: text({ max: 20 }).optional().describe('Road number'),
    building: text({ max: 20 }).optional().describe('Building number'),
    address: text({ max: 300 }).optional().describe('Free-text address or landmark'),
    confirmed: z
      .boolean()
      .optional()
      .describe('The citizen confirmed the point after `location_needs_confirmation` (outside every area or near a boundary): the case goes to triage'),
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), {
    message: 'Give both lat and lng, or neither',
    path: ['lat'],
  });

export const contactSchema = z
  .object({
    name: text({ max: 200 }).optional().describe('Full name'),
    phone: plain(40).optional().describe('Phone; local numbers get the default country code; Arabic digits accepted'),
    email: plain(254).optional().describe('Email address'),
    nationalId: plain(32).optional().describe('National ID (CPR) number'),
  })
  .strict();

const attributeValue = z.union([
  z.string().max(4000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
]);

export const createCaseSchema = z
  .object({
    type: z.enum(caseTypes).describe('complaint, suggestion, inquiry or compliment'),
    serviceCode: z.string().min(1).max(40).describe('Catalogue service code'),
    title: text({ max: 200 }).optional().describe('Short title'),
    description: text({ max: 4000, multiline: true }).describe('What happened, or the suggestion; 1–4000 characters'),
    location: locationSchema.optional(),
    contact: contactSchema.optional().describe('How to reach the submitter; required unless anonymous'),
    anonymous: z.boolean().optional().describe('Send without contact details, where the service allows it'),
    channel: z
      .enum(caseChannels)
      .optional()
      .describe('Where the case came in; default web (hotline for an agent). Only staff may say hotline or walk_in, only a signed relay or an API key the others: anyone else gets 400 channel_not_allowed'),
    priority: z
      .enum(casePriorities)
      .optional()
      .describe('Staff only (a hotline agent): the priority the case starts with; default the service\'s'),
    attributes: z.record(z.string().max(40), attributeValue).optional().describe('Answers to the service\'s extra questions, by code'),
    language: z.enum(languages).optional().describe('Language for replies and notifications; default ar'),
    public: z
      .boolean()
      .optional()
      .describe('A suggestion only: ask that its text be shown on the public board, after staff review it (no name or contact is ever shown)'),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof createCaseSchema>;

/** When the citizen may expect an answer: the case's SLA due dates, and why its clock is paused. */
export const expectationSchema = z.object({
  firstAnswerBy: z.string().nullable().describe('ISO 8601: the first answer is due by then (working time on the entity\'s calendar); null once answered, closed or without a target'),
  resolutionBy: z.string().nullable().describe('ISO 8601: the resolution is due by then; null once resolved, closed or without a target'),
  timeZone: z.string().describe('The time zone in which the due dates are promised as days'),
  paused: z
    .object({
      since: z.string().describe('ISO 8601: when the clock stopped'),
      reason: z.enum(caseStatuses).describe('The status that stops the clock, e.g. awaiting_citizen (waiting for the citizen\'s information)'),
    })
    .nullable()
    .describe('Set while the clock is paused; the due dates then move later by the working time it stays paused'),
});
export type Expectation = z.infer<typeof expectationSchema>;

export const createCaseResponseSchema = z.object({
  reference: z.string().describe('Case reference, e.g. 26-0000042-5'),
  trackingToken: z.string().describe('Secret that, with the reference, lets the submitter follow the case'),
  trackingUrl: z.string().describe('A link to the case\'s tracking page'),
  trackingCode: z
    .string()
    .optional()
    .describe('A short code (6 letters and digits, no 0/O/1/I) that, with the reference, opens the tracking page; read over the phone'),
  status: z.enum(caseStatuses),
  createdAt: z.string().describe('ISO 8601'),
  entity: entityRefSchema.describe('The entity that received the case'),
  expect: expectationSchema.optional().describe('When to expect the first answer and the resolution'),
});
export type CreateCaseResponse = z.infer<typeof createCaseResponseSchema>;

export const referenceParamsSchema = z.object({
  reference: z.string().min(1).max(40).describe('Case reference, with or without separators; Arabic-Indic digits accepted'),
});

export const trackingQuerySchema = z
  .object({ token: z.string().max(100).optional().describe('The tracking token, or the short tracking code (6 letters and digits)') })
  .strict();

export const publicEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(eventKinds),
  at: z.string(),
  body: z.string().nullable(),
  by: z.enum(['citizen', 'entity', 'system']),
});

export const attachmentSchema = z.object({
  id: z.number().int(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  fileName: z.string().nullable(),
  eventId: z.number().int().nullable().describe('The timeline event that carried the file (the submission, a reply, a note…)'),
  url: z.string().describe('Download path (send the same credentials)'),
});

export const trackedCaseSchema = z.object({
  reference: z.string(),
  type: z.enum(caseTypes),
  status: z.enum(caseStatuses),
  priority: z.enum(casePriorities),
  channel: z.enum(caseChannels),
  service: z.object({ code: z.string(), name: bilingual }),
  entity: entityRefSchema,
  title: z.string().nullable(),
  description: z.string(),
  language: z.enum(languages),
  location: z
    .object({
      lat: z.number().nullable(),
      lng: z.number().nullable(),
      governorate: z.enum(governorates).nullable(),
      area: z.string().nullable(),
      block: z.string().nullable(),
      road: z.string().nullable(),
      building: z.string().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  rating: z.number().int().nullable(),
  attachments: z.array(attachmentSchema),
  timeline: z.array(publicEventSchema).describe('Public events only, oldest first'),
});
export type TrackedCase = z.infer<typeof trackedCaseSchema>;
