import { z } from 'zod';
import { caseListQuerySchema } from './case-actions.schema.ts';

/** How many views one person may keep, and how many the counts answer covers (built-in ones included). */
export const MAX_OWN_VIEWS = 20;
export const MAX_COUNTED_VIEWS = 40;

/**
 * A saved view's filters: the case list's own query parameters (GET /api/v1/cases), its cursor and
 * page size aside, so a view holds nothing the list would refuse.
 */
export const inboxViewFiltersSchema = caseListQuerySchema.omit({ cursor: true, limit: true });
export type InboxViewFilters = z.infer<typeof inboxViewFiltersSchema>;

const name = z.string().trim().min(1).max(80).describe('The name staff see on the view');

export const inboxViewInputSchema = z
  .object({
    name,
    filters: z.record(z.string(), z.unknown()).describe('The case list query parameters the view applies'),
    shared: z.boolean().optional().describe("Shared with the owner's entity (default: private)"),
  })
  .strict();
export type InboxViewInput = z.infer<typeof inboxViewInputSchema>;

export const inboxViewPatchSchema = z
  .object({
    name: name.optional(),
    filters: z.record(z.string(), z.unknown()).optional().describe('The case list query parameters the view applies'),
    shared: z.boolean().optional().describe("Shared with the owner's entity, or private"),
  })
  .strict();
export type InboxViewPatch = z.infer<typeof inboxViewPatchSchema>;

export const inboxViewOrderSchema = z
  .object({ ids: z.array(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)).max(MAX_OWN_VIEWS).describe('Your own views, first to last') })
  .strict();

export const inboxViewSchema = z.object({
  id: z.number(),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  shared: z.boolean(),
  position: z.number(),
  mine: z.boolean().describe('The actor owns the view (and orders it)'),
  editable: z.boolean().describe('The actor may rename, change or delete it'),
});
export type InboxView = z.infer<typeof inboxViewSchema>;

export const inboxViewListSchema = z.object({
  builtIn: z.array(z.object({ id: z.string(), filters: z.record(z.string(), z.string()) })),
  items: z.array(inboxViewSchema),
});

export const inboxViewCountsSchema = z.object({
  counts: z.array(z.object({ view: z.string().describe('A built-in view id, or a saved view id as a string'), count: z.number().nullable().describe('null: a stored view the list no longer takes') })),
});
