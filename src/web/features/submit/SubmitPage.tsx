import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { BackIcon, ForwardIcon } from '../../components/icons.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { StepContent } from './StepContent.tsx';
import { StepHeader } from './StepHeader.tsx';
import { useStepTitle } from './useStepTitle.ts';
import { useSubmitFlow, type PinDoubt } from './useSubmitFlow.ts';

/** The server doubted the pin (outside every area, or on a boundary): send it as it is, or move it. */
function PinDoubtDialog({ doubt, onConfirm, onMove }: { doubt: PinDoubt | null; onConfirm: () => void; onMove: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={doubt !== null} onClose={onMove} title={t('submit.pinDoubt.title')} centered data-testid="pin-doubt">
      <Stack gap="md">
        <Text>{doubt === 'near_boundary' ? t('submit.pinDoubt.nearBoundary') : t('submit.pinDoubt.outside')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onMove}>
            {t('submit.pinDoubt.move')}
          </Button>
          <Button onClick={onConfirm} data-testid="pin-confirm">
            {t('submit.pinDoubt.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The submission form, one step at a time: what happened (with suggested services), type, details, location, photos, contact, review — skipping any step whose answer is already known. */
export function SubmitPage() {
  const { t } = useTranslation();
  usePageTitle(t('submit.title'));
  const flow = useSubmitFlow();
  const stepTitle = useStepTitle();
  const last = flow.step === 'review';
  const sending = flow.mutation.isPending;
  const showSendError = flow.mutation.isError && flow.pinDoubt === null;
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('submit.title')}
      </Title>
      <StepHeader index={flow.index} total={flow.total} title={stepTitle(flow.step)} headingRef={flow.headingRef} />
      {flow.serviceQuery.isError && flow.step !== 'service' && !flow.linkedServiceMissing && (
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
          <StepContent
            step={flow.step}
            draft={flow.draft}
            update={flow.update}
            errors={flow.errors}
            service={flow.service}
            goTo={flow.goTo}
            serviceLoading={Boolean(flow.draft.serviceCode) && flow.serviceQuery.isPending}
          />
          {showSendError && <ErrorAlert error={flow.mutation.error} title={t('submit.sendFailed')} />}
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
      <PinDoubtDialog doubt={flow.pinDoubt} onConfirm={flow.confirmPin} onMove={flow.movePin} />
    </Stack>
  );
}
