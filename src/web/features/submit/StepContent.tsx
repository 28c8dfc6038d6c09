import type { StepId } from '../../components/case-form/draft.ts';
import type { CaseFormProps } from '../../components/case-form/case-form-props.ts';
import { CaseFormPart } from '../../components/case-form/CaseFormPart.tsx';
import { AlreadyReported } from './AlreadyReported.tsx';
import { ContactStep } from './steps/ContactStep.tsx';
import { PhotosStep } from './steps/PhotosStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { ServiceStep } from './steps/ServiceStep.tsx';

/** The form of one step: the case form's shared parts, and the citizen's own steps (service, photos, contact, review). */
export function StepContent({ step, goTo, ...props }: CaseFormProps & { step: StepId; goTo: (step: StepId) => void }) {
  switch (step) {
    case 'type':
      return <CaseFormPart part="type" {...props} />;
    case 'service':
      return <ServiceStep {...props} />;
    case 'details':
      return <CaseFormPart part="details" {...props} />;
    case 'location':
      return (
        <>
          <CaseFormPart part="location" {...props} />
          <AlreadyReported {...props} />
        </>
      );
    case 'photos':
      return <PhotosStep {...props} />;
    case 'contact':
      return <ContactStep {...props} />;
    case 'review':
      return <ReviewStep {...props} goTo={goTo} />;
  }
}
