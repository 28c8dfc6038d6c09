import { Anchor, Button, Code, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmEnrolment, startEnrolment, type EnrolmentConfirmed } from '../../../api/staff-security.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useFormErrors } from '../../../components/form/useFormErrors.ts';

/** Problems without a field that belong to the code field here. */
const implied = { invalid_code: ['code', 'invalid_code'] as [string, string] };

/**
 * Setting up a TOTP second factor: a new secret from the server, shown as a link an authenticator
 * app opens (otpauth://) and as a key in groups of four to type; the first code from the app turns
 * it on. `challenge`: during sign-in, when the role requires it; absent on the security page.
 */
export function TotpEnrolment({ challenge, onConfirmed }: { challenge?: string; onConfirmed: (done: EnrolmentConfirmed) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  // A new secret each time the form is shown; never asked again once confirmed.
  const enrolment = useQuery({ queryKey: ['totp-enrolment', challenge ?? 'self'], queryFn: () => startEnrolment(challenge), staleTime: Infinity, gcTime: 0, retry: false });
  const { formRef, errors, errorOf, check, fail } = useFormErrors({ implied });
  const confirm = useMutation({ mutationFn: () => confirmEnrolment(code.trim(), challenge), onSuccess: onConfirmed, onError: fail });
  if (enrolment.isPending) return <Loading />;
  if (enrolment.isError) return <ErrorAlert error={enrolment.error} onRetry={() => void enrolment.refetch()} />;
  const { secret, uri } = enrolment.data;
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (check(code.trim() ? {} : { code: 'required' })) confirm.mutate();
      }}
    >
      <Stack gap="md">
        <Text>{t('staff.secondFactor.enrolIntro')}</Text>
        <Anchor href={uri} dir="ltr">
          {t('staff.secondFactor.openInApp')}
        </Anchor>
        <div>
          <Text fw={600}>{t('staff.secondFactor.key')}</Text>
          <Code fz="lg" dir="ltr" data-testid="totp-secret">
            {secret}
          </Code>
          <Text fz="sm" c="dimmed">
            {t('staff.secondFactor.keyHelp')}
          </Text>
        </div>
        <TextInput
          label={t('staff.secondFactor.confirmCode')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errorOf('code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          required
          withAsterisk
        />
        {confirm.isError && !Object.keys(errors).length && <ErrorAlert error={confirm.error} />}
        <Button type="submit" loading={confirm.isPending} data-testid="totp-confirm">
          {t('staff.secondFactor.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
