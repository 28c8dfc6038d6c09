import { z } from 'zod';
import { bilingual } from './fields.ts';

const date = z.iso.date();
const kinds = ['month', 'quarter', 'half', 'year'] as const;

const publicQuery = {
  period: z.enum(kinds).optional().describe('The length of the period; default the configured one (a quarter)'),
  of: date.optional().describe('A local date in the period; default: the last period that has ended'),
};

export const recognitionPublicQuerySchema = z.object(publicQuery).strict();

export const recognitionQuerySchema = z
  .object({
    ...publicQuery,
    weights: z.string().max(300).optional().describe('Override the composite score weights, as for GET /kpi/entities'),
    minCases: z.coerce.number().int().min(1).max(100_000).optional().describe('Fewest cases received to be ranked; default the configured one'),
  })
  .strict();

const ref = z.object({ code: z.string(), name: bilingual });
const place = z.object({
  rank: z.number().int(),
  subject: ref,
  score: z.number().describe('The composite score, 0–100'),
  received: z.number().int(),
  resolved: z.number().int(),
  parts: z
    .array(
      z.object({
        part: z.string(),
        value: z.number().nullable().describe('The indicator itself (%)'),
        score: z.number().nullable().describe('Its 0–100 score: the value, or 100 − value for the reopen rate'),
        weight: z.number().describe('Its share of the score (0 when it had nothing to measure)'),
      }),
    )
    .describe('The figures that earned the place'),
});

export const recognitionResponseSchema = z.object({
  period: z.object({ kind: z.enum(kinds), from: z.string(), to: z.string(), timeZone: z.string(), ended: z.boolean() }),
  weights: z.record(z.string(), z.number()).describe('Composite score weights, summing to 1'),
  minCases: z.number().int(),
  entities: z.array(place).describe('Entities with no entity below them, best first'),
  services: z.array(place).describe('Services, every entity pooled, best first'),
});
