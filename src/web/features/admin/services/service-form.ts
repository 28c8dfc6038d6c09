import { caseTypes, governorates, type AttributeDatatype, type CasePriority, type CaseType, type Governorate } from '../../../../common/enums.ts';
import { serviceCreateSchema, type AdminService, type ServiceCreateInput } from '../../../../common/schemas/admin.schema.ts';
import { parseLocaleNumber } from '../../../../common/digits.ts';
import type { FieldErrors } from '../../../components/form/field-errors.ts';

/** One answer of a list question, as typed. */
export interface ValueDraft {
  key: string;
  ar: string;
  en: string;
}

/** One extra question, as typed. */
export interface QuestionDraft {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  ar: string;
  en: string;
  values: ValueDraft[];
}

/** Where a governorate's cases go: '' means the owning entity. */
export interface RouteDraft {
  entity: string;
  unit: string;
}

/** The service form's values: strings as typed, turned into the API's shape by toInput(). */
export interface ServiceDraft {
  code: string;
  group: string;
  entity: string;
  nameAr: string;
  nameEn: string;
  descriptionAr: string;
  descriptionEn: string;
  types: CaseType[];
  anonymousAllowed: boolean;
  /** A "not solved" survey answer reopens the case. */
  surveyReopenNotSolved: boolean;
  defaultPriority: CasePriority;
  keywords: string;
  slaPolicyCode: string;
  active: boolean;
  questions: QuestionDraft[];
  routes: Record<Governorate, RouteDraft>;
  /** "Already reported?" radius in metres, as typed. */
  similarRadius: string;
  /** Supporters that raise a case's priority, as typed; '' means never. */
  raiseAt: string;
}

const noRoutes = (): Record<Governorate, RouteDraft> =>
  Object.fromEntries(governorates.map((g) => [g, { entity: '', unit: '' }])) as Record<Governorate, RouteDraft>;

export function emptyDraft(entity: string): ServiceDraft {
  return {
    code: '',
    group: '',
    entity,
    nameAr: '',
    nameEn: '',
    descriptionAr: '',
    descriptionEn: '',
    types: ['complaint'],
    anonymousAllowed: false,
    surveyReopenNotSolved: false,
    defaultPriority: 'normal',
    keywords: '',
    slaPolicyCode: '',
    active: true,
    questions: [],
    routes: noRoutes(),
    similarRadius: '250',
    raiseAt: '',
  };
}

export function emptyQuestion(): QuestionDraft {
  return { code: '', datatype: 'string', required: false, ar: '', en: '', values: [] };
}

export const isListType = (d: AttributeDatatype) => d === 'singlevaluelist' || d === 'multivaluelist';

/** The form's values of a stored service. */
export function draftOf(s: AdminService): ServiceDraft {
  const routes = noRoutes();
  for (const r of s.routes) routes[r.governorate] = { entity: r.entity, unit: r.unit ?? '' };
  return {
    code: s.code,
    group: s.group.code,
    entity: s.entity.code,
    nameAr: s.name.ar,
    nameEn: s.name.en,
    descriptionAr: s.description.ar,
    descriptionEn: s.description.en,
    types: [...s.types],
    anonymousAllowed: s.anonymousAllowed,
    surveyReopenNotSolved: s.surveyReopenNotSolved,
    defaultPriority: s.defaultPriority,
    keywords: s.keywords.join('، '),
    slaPolicyCode: s.slaPolicyCode ?? '',
    active: s.active,
    questions: [...s.attributes]
      .sort((a, b) => a.order - b.order)
      .map((a) => ({
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        ar: a.name.ar,
        en: a.name.en,
        values: a.values.map((v) => ({ key: v.key, ar: v.name.ar, en: v.name.en })),
      })),
    routes,
    similarRadius: String(s.similarRadiusM),
    raiseAt: s.priorityRaiseSupporters === null ? '' : String(s.priorityRaiseSupporters),
  };
}

/** A whole number as typed (any digits); NaN when it is not one, so the schema refuses it. */
const typedNumber = (text: string) => parseLocaleNumber(text) ?? Number.NaN;

/** Keywords are typed separated by Arabic or Latin commas. */
function splitKeywords(text: string): string[] {
  return text
    .split(/[,،؛;\n]/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** The API request of the form's values (types in catalogue order, questions in form order). */
export function toInput(d: ServiceDraft): ServiceCreateInput {
  const routes = governorates.flatMap((g) => {
    const r = d.routes[g];
    return r.entity ? [{ governorate: g, entity: r.entity, unit: r.unit || null }] : [];
  });
  return {
    code: d.code.trim(),
    group: d.group,
    entity: d.entity,
    name: { ar: d.nameAr.trim(), en: d.nameEn.trim() },
    description: { ar: d.descriptionAr.trim(), en: d.descriptionEn.trim() },
    types: caseTypes.filter((t) => d.types.includes(t)),
    anonymousAllowed: d.anonymousAllowed,
    surveyReopenNotSolved: d.surveyReopenNotSolved,
    defaultPriority: d.defaultPriority,
    keywords: splitKeywords(d.keywords),
    slaPolicyCode: d.slaPolicyCode || null,
    active: d.active,
    attributes: d.questions.map((q) => ({
      code: q.code.trim(),
      datatype: q.datatype,
      required: q.required,
      name: { ar: q.ar.trim(), en: q.en.trim() },
      values: isListType(q.datatype) ? q.values.map((v) => ({ key: v.key.trim(), name: { ar: v.ar.trim(), en: v.en.trim() } })) : [],
    })),
    routes,
    similarRadiusM: typedNumber(d.similarRadius),
    priorityRaiseSupporters: d.raiseAt.trim() === '' ? null : typedNumber(d.raiseAt),
  };
}

/** Field reasons by path for a zod issue code the web app has words for. */
function reasonOf(code: string, message: string): string {
  if (code === 'too_small' || code === 'invalid_type') return 'required';
  if (code === 'custom' && /at least one/i.test(message)) return 'required';
  return code;
}

/**
 * Checks the form with the same schema the server uses, so most mistakes are shown before a
 * request is made; the server's answer fills the rest (existence of codes, duplicates).
 */
export function checkDraft(d: ServiceDraft, creating: boolean): FieldErrors {
  const input = toInput(d);
  const result = creating ? serviceCreateSchema.safeParse(input) : serviceCreateSchema.safeParse({ ...input, code: input.code || 'x' });
  const errors: FieldErrors = {};
  if (!result.success) for (const issue of result.error.issues) errors[issue.path.join('.')] ??= reasonOf(issue.code, issue.message);
  return errors;
}
