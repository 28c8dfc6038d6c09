import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSecondFactorStatus } from '../../../api/staff-security.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { TotpEnrolment } from './TotpEnrolment.tsx';

const statusKey = ['second-factor-status'] as const;

/** The signed-in staff member's account security: whether a second factor is on, and setting one up. */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.security.title'));
  const client = useQueryClient();
  const status = useQuery({ queryKey: statusKey, queryFn: ({ signal }) => fetchSecondFactorStatus(signal) });
  const [step, setStep] = useState<'idle' | 'enrol' | { codes: string[] }>('idle');
  const body = () => {
    if (status.isPending) return <Loading />;
    if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
    if (typeof step === 'object') return <RecoveryCodes codes={step.codes} onDone={() => setStep('idle')} />;
    if (step === 'enrol') {
      return (
        <TotpEnrolment
          onConfirmed={(done) => {
            setStep({ codes: done.recoveryCodes });
            void client.invalidateQueries({ queryKey: statusKey });
          }}
        />
      );
    }
    const s = status.data;
    return s.enabled ? (
      <Stack gap="sm">
        <Alert color="green" variant="light" data-testid="second-factor-on">
          {t('staff.security.on', { left: s.recoveryCodesLeft })}
        </Alert>
        <Text fz="sm" c="dimmed">
          {t('staff.security.lost')}
        </Text>
      </Stack>
    ) : (
      <Stack gap="sm" align="flex-start">
        <Text>{t('staff.security.off')}</Text>
        {s.required && <Alert color="yellow" variant="light">{t('staff.security.required')}</Alert>}
        <Button onClick={() => setStep('enrol')} data-testid="second-factor-start">
          {t('staff.secondFactor.start')}
        </Button>
      </Stack>
    );
  };
  return (
    <Stack gap="md" maw={560}>
      <Title order={1} fz="h2">
        {t('staff.security.title')}
      </Title>
      <Paper withBorder p="lg">
        <Title order={2} fz="h4" mb="sm">
          {t('staff.security.secondFactor')}
        </Title>
        {body()}
      </Paper>
    </Stack>
  );
}
