import type { CaseType } from '../../../../common/enums.ts';
import { routingRuleCreateSchema, type RoutingRule, type RoutingRuleCreateInput } from '../../../../common/schemas/places.schema.ts';
import type { FieldErrors } from '../../../components/form/field-errors.ts';

/** The rule form's values, as chosen: '' means "any" (or "none" for the unit). */
export interface RuleDraft {
  name: string;
  active: boolean;
  serviceCode: string;
  groupCode: string;
  areaCode: string;
  caseType: CaseType | '';
  from: string;
  to: string;
  entity: string;
  unit: string;
}

export function emptyRule(): RuleDraft {
  return { name: '', active: true, serviceCode: '', groupCode: '', areaCode: '', caseType: '', from: '', to: '', entity: '', unit: '' };
}

/** The form's values of a stored rule. */
export function draftOfRule(r: RoutingRule): RuleDraft {
  return {
    name: r.name,
    active: r.active,
    serviceCode: r.serviceCode ?? '',
    groupCode: r.groupCode ?? '',
    areaCode: r.areaCode ?? '',
    caseType: r.caseType ?? '',
    from: r.from ?? '',
    to: r.to ?? '',
    entity: r.entity.code,
    unit: r.unit ?? '',
  };
}

/** The request of the form's values: every condition sent, null for "any", so an edit can clear one. */
export function ruleInput(d: RuleDraft): RoutingRuleCreateInput {
  return {
    name: d.name.trim(),
    active: d.active,
    serviceCode: d.serviceCode || null,
    groupCode: d.groupCode || null,
    areaCode: d.areaCode || null,
    caseType: d.caseType || null,
    from: d.from.trim() || null,
    to: d.to.trim() || null,
    entity: d.entity,
    unit: d.unit || null,
  };
}

/**
 * Checks the form with the schema the server uses and the rules it adds (both ends of a time window
 * or neither), so most mistakes show before a request is made.
 */
export function checkRule(d: RuleDraft): FieldErrors {
  const input = ruleInput(d);
  const errors: FieldErrors = {};
  const result = routingRuleCreateSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.code === 'too_small' || issue.code === 'invalid_type' ? 'required' : issue.code;
  }
  if ((input.from === null) !== (input.to === null)) errors[input.from === null ? 'from' : 'to'] ??= 'required';
  return errors;
}
