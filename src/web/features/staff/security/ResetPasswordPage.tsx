import { Alert, Anchor, Button, PasswordInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../../../api/staff-security.api.ts';
import { SignInFrame } from '../../../auth/SignInFrame.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFormErrors } from '../../../components/form/useFormErrors.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/**
 * The page of the emailed reset link (`/staff/reset?token=…`): a new password, twice, under the
 * same policy as any other; setting it ends every session of the account, so the person signs in again.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { formRef, errors, errorOf, check, fail } = useFormErrors();
  const mutation = useMutation({ mutationFn: () => confirmPasswordReset(token, password), onError: fail });
  const submit = () => {
    setMismatch(false);
    if (!check(password ? {} : { password: 'required' })) return;
    if (password !== repeat) return setMismatch(true);
    mutation.mutate();
  };
  const back = (
    <Anchor component={Link} to="/staff">
      {t('staff.reset.signIn')}
    </Anchor>
  );
  if (!token) {
    return (
      <SignInFrame title={t('staff.reset.title')} intro={t('staff.reset.noToken')} layout={{ maw: 440, mx: 'auto', py: 'lg' }} formRef={formRef} onSubmit={() => undefined}>
        {back}
      </SignInFrame>
    );
  }
  return (
    <SignInFrame title={t('staff.reset.title')} intro={t('staff.reset.intro')} layout={{ maw: 440, mx: 'auto', py: 'lg' }} formRef={formRef} onSubmit={submit}>
      {mutation.isSuccess ? (
        <Alert color="green" variant="light" role="status" data-testid="reset-done">
          {t('staff.reset.done')}
        </Alert>
      ) : (
        <>
          <PasswordInput
            label={t('staff.reset.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errorOf('password')}
            name="password"
            autoComplete="new-password"
            dir="ltr"
            required
            withAsterisk
          />
          <PasswordInput
            label={t('staff.reset.repeat')}
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={mismatch ? t('staff.reset.mismatch') : undefined}
            name="repeat"
            autoComplete="new-password"
            dir="ltr"
            required
            withAsterisk
          />
          {mutation.isError && !Object.keys(errors).length && <ErrorAlert error={mutation.error} />}
          <Button type="submit" loading={mutation.isPending} data-testid="reset-submit">
            {t('staff.reset.submit')}
          </Button>
        </>
      )}
      {back}
    </SignInFrame>
  );
}
