import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentConfirmed } from '../../../api/staff-security.api.ts';
import { rememberSession } from '../../../auth/useSession.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { TotpEnrolment } from './TotpEnrolment.tsx';

/**
 * During sign-in, when the account's role requires a second factor it does not have: enrol first,
 * save the recovery codes, and only then enter the workspace (the session exists from the first code).
 */
export function RequiredEnrolment({ challenge, onBack }: { challenge: string; onBack: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('staff.secondFactor.enrolTitle'));
  const client = useQueryClient();
  const [done, setDone] = useState<EnrolmentConfirmed | null>(null);
  const enter = () => {
    if (done?.csrfToken && done.user) rememberSession(client, { csrfToken: done.csrfToken, user: done.user });
  };
  return (
    <Stack gap="md" maw={520} mx="auto" py="lg">
      <Title order={1} fz="h2">
        {t('staff.secondFactor.enrolTitle')}
      </Title>
      <Text>{t('staff.secondFactor.enrolRequired')}</Text>
      <Paper withBorder p="lg">
        {done ? <RecoveryCodes codes={done.recoveryCodes} onDone={enter} /> : <TotpEnrolment challenge={challenge} onConfirmed={setDone} />}
      </Paper>
      {!done && (
        <Anchor component="button" type="button" onClick={onBack}>
          {t('staff.secondFactor.back')}
        </Anchor>
      )}
    </Stack>
  );
}
