import { Anchor, Button, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signInWithCode } from '../../../api/staff-security.api.ts';
import { rememberSession } from '../../../auth/useSession.ts';
import { SignInFrame } from '../../../auth/SignInFrame.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFormErrors } from '../../../components/form/useFormErrors.ts';

const implied = { invalid_code: ['code', 'invalid_code'] as [string, string] };

/**
 * The second step of a staff sign-in: the six-digit code from the authenticator app (Arabic-Indic
 * digits accepted) or one of the recovery codes. An expired or used challenge goes back to the password.
 */
export function SecondFactorStep({ challenge, onBack }: { challenge: string; onBack: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const { formRef, errors, errorOf, check, fail } = useFormErrors({ implied });
  const mutation = useMutation({
    mutationFn: () => signInWithCode(challenge, code.trim()),
    onSuccess: (session) => rememberSession(client, session),
    onError: fail,
  });
  const submit = () => {
    if (check(code.trim() ? {} : { code: 'required' })) mutation.mutate();
  };
  return (
    <SignInFrame title={t('staff.secondFactor.codeTitle')} intro={t('staff.secondFactor.codeIntro')} layout={{ maw: 440, mx: 'auto', py: 'lg' }} formRef={formRef} onSubmit={submit}>
      <TextInput
        label={t('staff.secondFactor.code')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={errorOf('code')}
        name="code"
        autoComplete="one-time-code"
        dir="ltr"
        autoFocus
        required
        withAsterisk
        data-testid="second-factor-code"
      />
      {mutation.isError && !Object.keys(errors).length && <ErrorAlert error={mutation.error} />}
      <Button type="submit" loading={mutation.isPending} data-testid="second-factor-submit">
        {t('staff.secondFactor.verify')}
      </Button>
      <Anchor component="button" type="button" onClick={onBack}>
        {t('staff.secondFactor.back')}
      </Anchor>
    </SignInFrame>
  );
}
