import type { Service } from '../../api/catalogue.api.ts';
import type { FieldErrors } from '../form/field-errors.ts';
import type { Draft } from './draft.ts';

/** What every part of the case form receives: the draft, how to change it, its errors, the chosen service. */
export interface CaseFormProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
  service: Service | undefined;
}
