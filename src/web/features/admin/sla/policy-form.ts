import { parseLocaleNumber } from '../../../../common/digits.ts';
import type { CasePriority, CaseType } from '../../../../common/enums.ts';
import type { EscalationRole, PauseStatus, PolicyInput, SlaPolicy, TargetUnit } from '../../../api/admin-sla.api.ts';
import type { FieldErrors } from '../../../components/form/field-errors.ts';

/** How a working-time target is typed: in hours or in working days of the policy's calendar. */
export type DurationUnit = 'hours' | 'days';

/** A target as the form holds it; '' for "any" type or priority. */
export interface TargetRow {
  id: number;
  caseType: CaseType | '';
  priority: CasePriority | '';
  unit: TargetUnit;
  first: string;
  firstUnit: DurationUnit;
  resolution: string;
  resolutionUnit: DurationUnit;
}

export interface StepRow {
  id: number;
  atPercent: string;
  notifyRoles: EscalationRole[];
  /** '' keeps the case's level. */
  raiseLevelTo: string;
}

export interface PolicyFormValues {
  code: string;
  nameAr: string;
  nameEn: string;
  calendarCode: string;
  makeDefault: boolean;
  pauseStatuses: PauseStatus[];
  onTransfer: 'keep' | 'restart';
  onReopen: 'fresh' | 'continue';
  targets: TargetRow[];
  steps: StepRow[];
}

const CODE = /^[a-z][a-z0-9_-]*$/;
let lastRowId = 0;
const rowId = () => ++lastRowId;
const decimal = (n: number) => String(Math.round(n * 100) / 100);

/** Minutes of working time as the form shows them: whole working days when they divide, else hours. */
function amountOf(minutes: number, dayLength: number | null): { value: string; unit: DurationUnit } {
  if (dayLength && minutes % dayLength === 0) return { value: decimal(minutes / dayLength), unit: 'days' };
  return { value: decimal(minutes / 60), unit: 'hours' };
}

export function newTargetRow(dayLength: number | null): TargetRow {
  const unit: DurationUnit = dayLength ? 'days' : 'hours';
  return { id: rowId(), caseType: '', priority: '', unit: 'working_minutes', first: '1', firstUnit: unit, resolution: '', resolutionUnit: unit };
}

/** A new rung, at the next usual share after the last one. */
export function newStepRow(steps: StepRow[]): StepRow {
  const used = new Set(steps.map((s) => Number(s.atPercent)));
  const atPercent = [75, 100, 150, 200, 300].find((p) => !used.has(p)) ?? '';
  return { id: rowId(), atPercent: String(atPercent), notifyRoles: ['supervisor'], raiseLevelTo: '' };
}

/** The form's starting values: the policy's, or a new policy's on the given calendar. */
export function formValues(policy: SlaPolicy | null, calendarCode: string, dayLength: number | null): PolicyFormValues {
  if (!policy) {
    return {
      code: '',
      nameAr: '',
      nameEn: '',
      calendarCode,
      makeDefault: false,
      pauseStatuses: ['awaiting_citizen'],
      onTransfer: 'keep',
      onReopen: 'fresh',
      targets: [newTargetRow(dayLength)],
      steps: [],
    };
  }
  return {
    code: policy.code,
    nameAr: policy.name.ar,
    nameEn: policy.name.en,
    calendarCode: policy.calendarCode ?? calendarCode,
    makeDefault: policy.isDefault,
    pauseStatuses: [...policy.pauseStatuses],
    onTransfer: policy.onTransfer,
    onReopen: policy.onReopen,
    targets: policy.targets.map((t) => {
      const first = t.unit === 'calendar_days' ? { value: String(t.firstResponseTarget), unit: 'days' as const } : amountOf(t.firstResponseTarget, dayLength);
      const resolution = t.unit === 'calendar_days' ? { value: String(t.resolutionTarget), unit: 'days' as const } : amountOf(t.resolutionTarget, dayLength);
      return {
        id: rowId(),
        caseType: t.caseType ?? '',
        priority: t.priority ?? '',
        unit: t.unit,
        first: first.value,
        firstUnit: first.unit,
        resolution: resolution.value,
        resolutionUnit: resolution.unit,
      };
    }),
    steps: policy.steps.map((s) => ({ id: rowId(), atPercent: String(s.atPercent), notifyRoles: [...s.notifyRoles], raiseLevelTo: s.raiseLevelTo === null ? '' : String(s.raiseLevelTo) })),
  };
}

/**
 * The request body from the form, or the fields that are not right yet (same paths as the
 * server's field errors). Working time typed in days is converted with the calendar's working day.
 */
export function toPolicyInput(v: PolicyFormValues, dayLength: number | null): { input?: PolicyInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!v.code.trim()) errors.code = 'required';
  else if (!CODE.test(v.code.trim()) || v.code.trim().length > 40) errors.code = 'code_format';
  if (!v.nameAr.trim()) errors['name.ar'] = 'required';
  if (!v.nameEn.trim()) errors['name.en'] = 'required';
  if (!v.calendarCode) errors.calendarCode = 'required';

  const minutesOf = (path: string, text: string, row: TargetRow, unit: DurationUnit): number => {
    if (!text.trim()) {
      errors[path] = 'required';
      return 0;
    }
    const n = parseLocaleNumber(text);
    if (n === null) {
      errors[path] = 'invalid_number';
      return 0;
    }
    if (row.unit === 'calendar_days') {
      if (!Number.isInteger(n) || n < 1) errors[path] = 'positive';
      return n;
    }
    if (unit === 'days' && !dayLength) {
      errors[path] = 'invalid_value';
      return 0;
    }
    const minutes = Math.round(n * (unit === 'days' ? dayLength! : 60));
    if (minutes < 1) errors[path] = 'positive';
    return minutes;
  };
  const targets = v.targets.map((row, i) => ({
    caseType: row.caseType || null,
    priority: row.priority || null,
    unit: row.unit,
    firstResponseTarget: minutesOf(`targets.${i}.firstResponseTarget`, row.first, row, row.firstUnit),
    resolutionTarget: minutesOf(`targets.${i}.resolutionTarget`, row.resolution, row, row.resolutionUnit),
  }));
  if (!targets.length) errors.targets = 'required';
  const scopes = targets.map((t) => `${t.caseType ?? '*'}/${t.priority ?? '*'}`);
  if (new Set(scopes).size !== scopes.length) errors.targets = 'duplicate';

  const steps = v.steps.map((s, i) => {
    const n = parseLocaleNumber(s.atPercent);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 1000) errors[`steps.${i}.atPercent`] = s.atPercent.trim() ? 'invalid_number' : 'required';
    return { atPercent: n ?? 0, notifyRoles: s.notifyRoles, raiseLevelTo: s.raiseLevelTo === '' ? null : Number(s.raiseLevelTo) };
  });
  if (new Set(steps.map((s) => s.atPercent)).size !== steps.length) errors.steps = 'duplicate';

  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      name: { ar: v.nameAr.trim(), en: v.nameEn.trim() },
      calendarCode: v.calendarCode,
      pauseStatuses: v.pauseStatuses,
      onTransfer: v.onTransfer,
      onReopen: v.onReopen,
      // Only ever set: the default moves to another policy by making that one the default.
      ...(v.makeDefault ? { isDefault: true } : {}),
      targets,
      steps,
    },
  };
}
