import type { Service } from '../../api/catalogue.api.ts';
import { steps, type Draft, type StepId } from '../../components/case-form/draft.ts';

/** What decides which steps the citizen meets. */
export interface StepContext {
  draft: Draft;
  service: Service | undefined;
  /** The form opened on "what happened" (no service was chosen before it). */
  describeFirst: boolean;
}

/** A step with nothing to ask: its one answer is already known. */
function skipped(step: StepId, { draft, service, describeFirst }: StepContext): boolean {
  switch (step) {
    case 'describe':
      return !describeFirst;
    case 'type':
      // A service that takes one type of case only: that type is the answer.
      return service?.types.length === 1;
    case 'service':
      // A chosen service is shown as a summary with "change", not as the whole catalogue again.
      return Boolean(draft.serviceCode);
    case 'details':
      // The description was typed first; only a required question of the service brings this step back.
      return describeFirst && draft.description.trim() !== '' && service !== undefined && !service.attributes.some((a) => a.required);
    default:
      return false;
  }
}

/** The steps the citizen meets, in order; the current one always among them. */
export function visibleSteps(ctx: StepContext, current?: StepId): StepId[] {
  return steps.filter((s) => s === current || !skipped(s, ctx));
}
