import { z } from 'zod';
import { bilingual } from './fields.ts';

export const suggestRequestSchema = z.object({
  text: z.string().trim().min(1).max(4000).describe('What happened, as the citizen types it (Arabic or English)'),
  language: z.enum(['ar', 'en']).optional().describe('The language of the page; the names returned carry both'),
  limit: z.number().int().min(1).max(10).default(3).describe('How many services to suggest'),
});

export const suggestResponseSchema = z.object({
  modelVersion: z.number().int().describe('The suggester version that answered (0: the catalogue alone)'),
  items: z
    .array(
      z.object({
        code: z.string().describe('Service code'),
        name: bilingual,
        group: z.object({ code: z.string(), name: bilingual }),
        score: z.number().min(0).max(1).describe('Confidence in [0, 1]'),
      }),
    )
    .describe('The most likely services, best first; empty when no word was recognised'),
});

const rate = z.number().min(0).max(1).nullable();

export const suggesterReportSchema = z.object({
  version: z.number().int().describe('The newest trained version; 0 when none has been trained'),
  trainedAt: z.iso.datetime().nullable(),
  caseCount: z.number().int().describe('Confirmed cases it was trained on'),
  heldOutCount: z.number().int().describe('Confirmed cases held out to measure it'),
  top1: rate.describe('Share of held-out cases whose first suggestion was right'),
  top3: rate.describe('Share of held-out cases whose service was among the first three'),
  services: z.array(
    z.object({
      code: z.string(),
      name: bilingual,
      autoThreshold: rate.describe('Confidence at which this service is chosen without a person; null: never'),
      cases: z.number().int().describe('Confirmed cases of this service'),
      heldOut: z.number().int(),
      precision: rate.describe('Of held-out cases suggested first as this service, the share that were'),
      recall: rate.describe('Of held-out cases of this service, the share suggested first'),
    }),
  ),
});

export type SuggesterReport = z.infer<typeof suggesterReportSchema>;

export const suggestThresholdSchema = z.object({
  autoThreshold: z.number().gt(0).max(1).nullable().describe('Confidence in (0, 1] at which the service is chosen without a person; null: never'),
});
