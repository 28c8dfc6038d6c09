import type { StepId } from './draft.ts';
import type { StepProps } from './step-props.ts';
import { ContactStep } from './steps/ContactStep.tsx';
import { DetailsStep } from './steps/DetailsStep.tsx';
import { LocationStep } from './steps/LocationStep.tsx';
import { PhotosStep } from './steps/PhotosStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { ServiceStep } from './steps/ServiceStep.tsx';
import { TypeStep } from './steps/TypeStep.tsx';

/** The form of one step. */
export function StepContent({ step, goTo, ...props }: StepProps & { step: StepId; goTo: (step: StepId) => void }) {
  switch (step) {
    case 'type':
      return <TypeStep {...props} />;
    case 'service':
      return <ServiceStep {...props} />;
    case 'details':
      return <DetailsStep {...props} />;
    case 'location':
      return <LocationStep {...props} />;
    case 'photos':
      return <PhotosStep {...props} />;
    case 'contact':
      return <ContactStep {...props} />;
    case 'review':
      return <ReviewStep {...props} goTo={goTo} />;
  }
}
