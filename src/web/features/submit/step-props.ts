import type { Service } from '../../api/catalogue.api.ts';
import type { Draft, FieldErrors } from './draft.ts';

/** What every step of the form receives. */
export interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
  service: Service | undefined;
}
