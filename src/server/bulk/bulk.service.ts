import type { BulkInput, bulkOutcomes } from '../../common/schemas/reply.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { CaseActionService } from '../cases/case-actions.service.ts';
import { AppError, errors } from '../http/errors.ts';
import type { ReplyService } from '../replies/reply.service.ts';

type Outcome = (typeof bulkOutcomes)[number];
export interface BulkResult {
  reference: string;
  outcome: Outcome;
  /** The refusal's error code, or null when done. */
  code: string | null;
  /** The case's version after the action, when done. */
  version: number | null;
}

/** The most cases one bulk request may touch. */
export const bulkLimit = 100;

/** The fields each bulk action needs (a template may stand for a resolution's text). */
function checkFields(input: BulkInput): void {
  const need: Record<BulkInput['action'], (keyof BulkInput)[]> = {
    assign: ['assigneeId'],
    note: ['body'],
    priority: ['priority'],
    transfer: ['entityCode', 'reason'],
    resolve: input.templateId ? [] : ['body'],
  };
  const missing = need[input.action].filter((f) => input[f] === undefined);
  if (missing.length) throw errors.validation(missing.map((path) => ({ path, code: 'required', message: `Required for ${input.action}` })));
}

/**
 * Bulk work from the inbox: one action on many cases, each through the workflow on its own — its
 * access, its version, its transaction, its events and notices — so one case changed meanwhile or
 * out of reach does not stop the others. Answers what happened to each.
 */
export class BulkService {
  constructor(
    private readonly actions: CaseActionService,
    private readonly replies: ReplyService,
  ) {}

  async run(actor: Actor, input: BulkInput): Promise<{ results: BulkResult[]; counts: Record<Outcome, number> }> {
    checkFields(input);
    const references = [...new Set(input.references)].slice(0, bulkLimit);
    const results: BulkResult[] = [];
    for (const reference of references) results.push(await this.one(actor, reference, input));
    const counts = { done: 0, changed: 0, refused: 0, not_found: 0 };
    for (const r of results) counts[r.outcome] += 1;
    return { results, counts };
  }

  private async one(actor: Actor, reference: string, input: BulkInput): Promise<BulkResult> {
    const expected = () => input.versions[reference];
    try {
      const done = await this.perform(actor, reference, input, expected);
      return { reference, outcome: 'done', code: null, version: done.version };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const outcome: Outcome = error.code === 'case_not_found' ? 'not_found' : error.code === 'version_conflict' ? 'changed' : 'refused';
      return { reference, outcome, code: error.errors?.[0]?.code ?? error.code, version: null };
    }
  }

  private async perform(actor: Actor, reference: string, input: BulkInput, expected: () => number | undefined) {
    switch (input.action) {
      case 'assign':
        return this.actions.perform(actor, reference, undefined, 'assign', { assigneeId: input.assigneeId! }, expected);
      case 'note':
        return this.actions.perform(actor, reference, undefined, 'note', { body: input.body! }, expected);
      case 'priority':
        return this.actions.perform(actor, reference, undefined, 'priority', { priority: input.priority! }, expected);
      case 'transfer':
        return this.actions.perform(actor, reference, undefined, 'transfer', { entityCode: input.entityCode!, reason: input.reason! }, expected);
      case 'resolve': {
        const body = input.templateId ? await this.templateText(actor, reference, input.templateId) : input.body!;
        return this.actions.perform(actor, reference, undefined, 'resolve', { body, ...(input.templateId ? { templateId: input.templateId } : {}) }, expected);
      }
    }
  }

  /** The template filled in for this case, in its language. */
  private async templateText(actor: Actor, reference: string, templateId: number): Promise<string> {
    const t = (await this.replies.forCase(actor, reference)).find((r) => r.id === templateId);
    if (!t) throw errors.field('templateId', 'unknown_template', 'No such reply text for this case');
    return t.body;
  }
}
