import { z } from 'zod';
import { attributeDatatypes, caseTypes, entityKinds, governorates } from '../enums.ts';
import { bilingual } from './fields.ts';

export const entityRefSchema = z.object({
  code: z.string().describe('Entity code, e.g. capital'),
  name: bilingual.describe('Entity name in Arabic and English'),
});

export const attributeSchema = z.object({
  code: z.string().describe('ASCII code of the question; the key in a case\'s attributes'),
  datatype: z.enum(attributeDatatypes).describe('Open311 datatype'),
  required: z.boolean(),
  order: z.number().int().describe('Position in the form'),
  name: bilingual.describe('The question'),
  description: bilingual.describe('Help text'),
  values: z
    .array(z.object({ key: z.string(), name: bilingual }))
    .describe('Allowed answers of a single- or multi-value list; empty otherwise'),
});

export const serviceSchema = z.object({
  code: z.string().describe('ASCII service code'),
  group: z.object({ code: z.string(), name: bilingual }).describe('The group the service is listed under'),
  name: bilingual,
  description: bilingual,
  entity: entityRefSchema.describe('The entity that owns the service (cases may be routed to a municipality by governorate)'),
  types: z.array(z.enum(caseTypes)).describe('Case types the service accepts'),
  anonymousAllowed: z.boolean().describe('Whether a case may be sent without contact details'),
  keywords: z.array(z.string()),
  attributes: z.array(attributeSchema).describe('Extra questions'),
});

export const servicesQuerySchema = z
  .object({
    q: z.string().max(200).optional().describe('Search words, Arabic or English; spelling variants match'),
    group: z.string().max(40).optional().describe('Only services of this group code'),
    type: z.enum(caseTypes).optional().describe('Only services accepting this case type'),
  })
  .strict();

export const servicesResponseSchema = z.object({ items: z.array(serviceSchema) });

export const entitySchema = z.object({
  code: z.string(),
  kind: z.enum(entityKinds),
  name: bilingual,
  parent: z.string().nullable().describe('Code of the parent entity'),
  governorate: z.enum(governorates).nullable(),
});

export const entitiesResponseSchema = z.object({ items: z.array(entitySchema) });
