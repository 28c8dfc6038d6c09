import { useTranslation } from 'react-i18next';
import type { StepId } from '../../components/case-form/draft.ts';

/** The heading of each step. */
export function useStepTitle(): (step: StepId) => string {
  const { t } = useTranslation();
  const titles: Record<StepId, string> = {
    describe: t('submit.steps.describe'),
    type: t('submit.steps.type'),
    service: t('submit.steps.service'),
    details: t('submit.steps.details'),
    location: t('submit.steps.location'),
    photos: t('submit.steps.photos'),
    contact: t('submit.steps.contact'),
    review: t('submit.steps.review'),
  };
  return (step) => titles[step];
}
