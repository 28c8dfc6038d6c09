import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { BackIcon, ForwardIcon } from '../../components/icons.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { steps } from '../../components/case-form/draft.ts';
import { StepContent } from './StepContent.tsx';
import { StepHeader } from './StepHeader.tsx';
import { useStepTitle } from './useStepTitle.ts';
import { useSubmitFlow } from './useSubmitFlow.ts';

/** The submission form, one step at a time: type, service, details, location, photos, contact, review. */
export function SubmitPage() {
  const { t } = useTranslation();
  usePageTitle(t('submit.title'));
  const [params] = useSearchParams();
  const flow = useSubmitFlow(params.get('service') ?? undefined);
  const stepTitle = useStepTitle();
  const last = flow.step === 'review';
  const sending = flow.mutation.isPending;
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('submit.title')}
      </Title>
      <StepHeader index={flow.index} total={steps.length} title={stepTitle(flow.step)} headingRef={flow.headingRef} />
      {flow.serviceQuery.isError && flow.step !== 'service' && (
        <ErrorAlert error={flow.serviceQuery.error} onRetry={() => void flow.serviceQuery.refetch()} />
      )}
      {flow.linkedServiceMissing && (flow.step === 'type' || flow.step === 'service') && (
        <Alert color="orange" variant="light" role="status">
          {t('error.service_not_found')}
        </Alert>
      )}
      <form
        ref={flow.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (last) flow.send();
          else flow.next();
        }}
      >
        <Stack gap="lg">
          <StepContent step={flow.step} draft={flow.draft} update={flow.update} errors={flow.errors} service={flow.service} goTo={flow.goTo} />
          {flow.mutation.isError && <ErrorAlert error={flow.mutation.error} title={t('submit.sendFailed')} />}
          {last && !flow.mutation.isError && (
            <Alert variant="light" color="brand">
              {t('submit.review.notice')}
            </Alert>
          )}
          <Group justify="space-between">
            {flow.index > 0 ? (
              <Button variant="default" onClick={flow.back} leftSection={<BackIcon size={18} />} disabled={sending}>
                {t('submit.back')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={sending} rightSection={last ? undefined : <ForwardIcon size={18} />} data-testid={last ? 'send' : 'next'}>
              {last ? t('submit.send') : t('submit.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
