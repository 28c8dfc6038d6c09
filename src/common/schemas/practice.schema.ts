import { z } from 'zod';
import { code, text } from './fields.ts';

const date = z.iso.date();
const bilingualLine = (max: number) => z.object({ ar: text({ max }), en: text({ max }) }).strict();
const bilingualBlock = (max: number) => z.object({ ar: text({ min: 0, max, multiline: true }), en: text({ min: 0, max, multiline: true }) }).strict();

/** A practice card as its entity writes it; the SLA targets and reply texts are taken as they are in force when saved. */
export const cardInputSchema = z
  .object({
    serviceCode: code.describe('The service the practice is for'),
    entityCode: code.optional().describe("The entity the card describes; default: the author's own"),
    title: bilingualLine(200),
    summary: bilingualBlock(4000).optional(),
    unitSetup: bilingualBlock(4000).optional().describe('How the units are set up for this service'),
    checklist: z.array(bilingualLine(500)).max(50).optional().describe('The steps, in order'),
  })
  .strict();
export type CardInput = z.infer<typeof cardInputSchema>;

export const cardPatchSchema = cardInputSchema.omit({ serviceCode: true, entityCode: true }).partial().extend({
  refresh: z.boolean().optional().describe('Take the targets, reply texts and figures again as they are now'),
}).strict();
export type CardPatch = z.infer<typeof cardPatchSchema>;

export const publishInputSchema = z
  .object({
    entities: z.union([z.literal('all'), z.array(code).min(1).max(500)]).describe("Entity codes the card is recommended to, or 'all'"),
    note: bilingualBlock(1000).optional(),
  })
  .strict();
export type PublishInput = z.infer<typeof publishInputSchema>;

export const benchmarksQuerySchema = z
  .object({
    service: code.optional().describe('One service; default: every service with cases in the period'),
    from: date.optional().describe('First local date, included; default: 11 months before `to`'),
    to: date.optional().describe('Last local date, included; default: today'),
  })
  .strict();
export type BenchmarksQuery = z.infer<typeof benchmarksQuerySchema>;

export const effectQuerySchema = z
  .object({ days: z.coerce.number().int().min(7).max(366).optional().describe('Length of each period in days; default 30') })
  .strict();
