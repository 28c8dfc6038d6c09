import { Alert, Anchor, Button, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../../api/staff-security.api.ts';
import { SignInFrame } from '../../../auth/SignInFrame.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFormErrors } from '../../../components/form/useFormErrors.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/**
 * "Forgot password?": a staff member's work email gets a link to set a new password. The page says
 * the same whether or not the address has an account.
 */
export function ForgotPassword({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('staff.reset.forgotTitle'));
  const [email, setEmail] = useState('');
  const { formRef, errors, errorOf, check, fail } = useFormErrors();
  const mutation = useMutation({ mutationFn: () => requestPasswordReset(email.trim()), onError: fail });
  const submit = () => {
    if (check(email.trim() ? {} : { email: 'required' })) mutation.mutate();
  };
  return (
    <SignInFrame title={t('staff.reset.forgotTitle')} intro={t('staff.reset.forgotIntro')} layout={{ maw: 440, mx: 'auto', py: 'lg' }} formRef={formRef} onSubmit={submit}>
      {mutation.isSuccess ? (
        <Alert color="green" variant="light" role="status" data-testid="reset-sent">
          {t('staff.reset.sent')}
        </Alert>
      ) : (
        <>
          <TextInput
            label={t('staff.signIn.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errorOf('email')}
            type="email"
            name="email"
            autoComplete="username"
            dir="ltr"
            required
            withAsterisk
          />
          {mutation.isError && !Object.keys(errors).length && <ErrorAlert error={mutation.error} />}
          <Button type="submit" loading={mutation.isPending} data-testid="reset-send">
            {t('staff.reset.send')}
          </Button>
        </>
      )}
      <Anchor component="button" type="button" onClick={onBack}>
        {t('staff.secondFactor.back')}
      </Anchor>
    </SignInFrame>
  );
}
