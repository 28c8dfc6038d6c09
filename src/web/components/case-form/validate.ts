import { parseLocaleNumber, toAsciiDigits } from '../../../common/digits.ts';
import { isEmail, normalizeEmail } from '../../../common/email.ts';
import { normalizePhone } from '../../../common/phone.ts';
import type { Service } from '../../api/catalogue.api.ts';
import type { RuntimeConfig } from '../../app/runtime-config.types.ts';
import type { FieldErrors } from '../form/field-errors.ts';
import type { Draft, StepId } from './draft.ts';

/** Limits that mirror the API's (createCaseSchema); the server checks them again. */
export const DESCRIPTION_MAX = 4000;
export const TITLE_MAX = 200;

function checkAttributes(draft: Draft, service: Service, errors: FieldErrors): void {
  for (const q of service.attributes) {
    const raw = draft.attributes[q.code];
    const path = `attributes.${q.code}`;
    const blank = raw === undefined || (Array.isArray(raw) ? raw.length === 0 : raw.trim() === '');
    if (blank) {
      if (q.required) errors[path] = 'required';
      continue;
    }
    if (typeof raw !== 'string') continue;
    if (q.datatype === 'number' && parseLocaleNumber(raw) === null) errors[path] = 'invalid_number';
    if (q.datatype === 'datetime' && Number.isNaN(Date.parse(toAsciiDigits(raw)))) errors[path] = 'invalid_value';
    if (q.datatype === 'string' && raw.trim().length > 200) errors[path] = 'too_big';
    if (q.datatype === 'text' && raw.trim().length > 4000) errors[path] = 'too_big';
  }
}

function checkDetails(draft: Draft, service: Service | undefined, errors: FieldErrors): void {
  const description = draft.description.trim();
  if (!description) errors.description = 'required';
  else if (description.length > DESCRIPTION_MAX) errors.description = 'too_big';
  if (draft.title.trim().length > TITLE_MAX) errors.title = 'too_big';
  if (service) checkAttributes(draft, service, errors);
}

function checkLocation(draft: Draft, config: RuntimeConfig, errors: FieldErrors): void {
  const { lat, lng } = draft.location;
  if (lat === undefined || lng === undefined) return;
  const b = config.bounds;
  if (lat < b.minLat || lat > b.maxLat || lng < b.minLng || lng > b.maxLng) errors.location = 'out_of_bounds';
}

function checkContact(draft: Draft, service: Service | undefined, country: string, errors: FieldErrors): void {
  if (draft.anonymous) {
    if (service && !service.anonymousAllowed) errors.anonymous = 'anonymous_not_allowed';
    return;
  }
  const phone = draft.contact.phone.trim();
  const email = draft.contact.email.trim();
  if (phone && normalizePhone(phone, country) === null) errors['contact.phone'] = 'invalid_phone';
  if (email && !isEmail(normalizeEmail(email))) errors['contact.email'] = 'invalid_email';
  if (!phone && !email) errors.contact = 'contact_required';
  if (draft.contact.name.trim().length > 200) errors['contact.name'] = 'too_big';
}

/** What must be fixed before leaving a step; empty when the step is complete. */
export function validateStep(step: StepId, draft: Draft, service: Service | undefined, config: RuntimeConfig): FieldErrors {
  const errors: FieldErrors = {};
  switch (step) {
    case 'describe': {
      const description = draft.description.trim();
      if (!description) errors.description = 'required';
      else if (description.length > DESCRIPTION_MAX) errors.description = 'too_big';
      if (!draft.serviceCode) errors.serviceCode = 'required';
      break;
    }
    case 'type':
      if (!draft.type) errors.type = 'required';
      break;
    case 'service':
      if (!draft.serviceCode) errors.serviceCode = 'required';
      else if (service && draft.type && !service.types.includes(draft.type)) errors.type = 'type_not_allowed';
      break;
    case 'details':
      checkDetails(draft, service, errors);
      break;
    case 'location':
      checkLocation(draft, config, errors);
      break;
    case 'contact':
      checkContact(draft, service, config.country, errors);
      break;
    case 'photos':
    case 'review':
      break;
  }
  return errors;
}
