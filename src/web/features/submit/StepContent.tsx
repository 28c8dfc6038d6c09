import type { StepId } from '../../components/case-form/draft.ts';
import type { CaseFormProps } from '../../components/case-form/case-form-props.ts';
import { CaseFormPart } from '../../components/case-form/CaseFormPart.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AlreadyReported } from './AlreadyReported.tsx';
import { ServiceSummary } from './ServiceSummary.tsx';
import { ContactStep } from './steps/ContactStep.tsx';
import { DescribeStep } from './steps/DescribeStep.tsx';
import { PhotosStep } from './steps/PhotosStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { ServiceStep } from './steps/ServiceStep.tsx';

type Props = CaseFormProps & { step: StepId; goTo: (step: StepId) => void; serviceLoading: boolean };

/** The form of one step: the case form's shared parts, and the citizen's own steps (what happened, service, photos, contact, review). */
export function StepContent({ step, goTo, serviceLoading, ...props }: Props) {
  switch (step) {
    case 'describe':
      return <DescribeStep {...props} />;
    case 'type':
      // Until the service is known, its types (perhaps only one, and then no question) are not.
      return serviceLoading ? <Loading /> : <CaseFormPart part="type" {...props} />;
    case 'service':
      return <ServiceStep {...props} />;
    case 'details':
      return (
        <>
          {props.draft.serviceCode && <ServiceSummary service={props.service} onChange={() => goTo('service')} />}
          <CaseFormPart part="details" {...props} options={{ serviceNotice: false }} />
        </>
      );
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
