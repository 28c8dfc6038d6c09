import { z } from 'zod';
import { languages } from '../enums.ts';
import { caseListQuerySchema } from './case-actions.schema.ts';

export const exportFormats = ['csv', 'xlsx'] as const;
export const exportJobStates = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobState = (typeof exportJobStates)[number];

/** The query of a case export: the case list's filters (no cursor, no page size) and the language of headers and labels. */
export const caseExportQuerySchema = caseListQuerySchema
  .omit({ cursor: true, limit: true })
  .extend({ lang: z.enum(languages).optional().describe('Language of headers and labels; Arabic sheets read right to left; default ar') });
export type CaseExportQuery = z.infer<typeof caseExportQuerySchema>;

/** POST /api/v1/exports/cases: the direct download's filters and language, and its format. */
export const caseExportRequestSchema = caseExportQuerySchema.extend({ format: z.enum(exportFormats).describe('csv or xlsx') }).strict();
export type CaseExportRequest = z.infer<typeof caseExportRequestSchema>;

export const exportJobSchema = z.object({
  id: z.number().int(),
  state: z.enum(exportJobStates).describe('queued, running, done or failed'),
  format: z.enum(exportFormats),
  language: z.enum(languages),
  filters: z.record(z.string(), z.unknown()).describe("The case list filters asked (a caller's phone or national id left out)"),
  rowsDone: z.number().int().describe('Rows written so far'),
  rowsTotal: z.number().int().describe('Rows the export holds, counted when it was asked'),
  truncated: z.boolean().describe('The filter named more cases than TAWASUL_EXPORT_MAX_ROWS; the first ones are exported'),
  sizeBytes: z.number().int().nullable().describe('The size of the file, once done'),
  fileUrl: z.string().nullable().describe('Where to download the file, once done and until it expires'),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().describe('When the file and this job are deleted'),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

/** 200: small enough to download now. */
export const caseExportDirectSchema = z.object({
  mode: z.literal('direct'),
  url: z.string().describe('GET this address for the file now (small enough not to need a job)'),
  rowsTotal: z.number().int().describe('Rows the export holds'),
  truncated: z.boolean(),
});
/** 202: a background job was created; follow it at GET /api/v1/exports/jobs/{id}. */
export const caseExportQueuedSchema = z.object({ mode: z.literal('job'), job: exportJobSchema });
export const caseExportAnswerSchema = z.discriminatedUnion('mode', [caseExportDirectSchema, caseExportQueuedSchema]);
export type CaseExportAnswer = z.infer<typeof caseExportAnswerSchema>;
