import { Alert, Anchor, Button, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { login } from '../../api/auth.api.ts';
import { asApiError } from '../../api/problem.ts';
import { rememberSession } from '../../auth/useSession.ts';
import { SignInFrame } from '../../auth/SignInFrame.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { FieldErrors } from '../../components/form/field-errors.ts';
import { useFormErrors } from '../../components/form/useFormErrors.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SsoSignIn } from './SsoSignIn.tsx';
import { ForgotPassword } from './security/ForgotPassword.tsx';
import { RequiredEnrolment } from './security/RequiredEnrolment.tsx';
import { ResetPasswordPage } from './security/ResetPasswordPage.tsx';
import { SecondFactorStep } from './security/SecondFactorStep.tsx';

/** Where a signed-out staff member is: the password, "forgot password", or the second step a right password led to. */
type Step = { kind: 'password' } | { kind: 'forgot' } | { kind: 'code' | 'enrol'; challenge: string };

/**
 * The signed-out workspace: the reset link's page at /staff/reset, otherwise the sign-in and its
 * steps (the code of a second factor, or the enrolment a role requires, before any session).
 */
export function StaffSignIn() {
  const { pathname } = useLocation();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const back = () => setStep({ kind: 'password' });
  if (pathname.replace(/\/$/, '') === '/staff/reset') return <ResetPasswordPage />;
  if (step.kind === 'forgot') return <ForgotPassword onBack={back} />;
  if (step.kind === 'code') return <SecondFactorStep challenge={step.challenge} onBack={back} />;
  if (step.kind === 'enrol') return <RequiredEnrolment challenge={step.challenge} onBack={back} />;
  return <PasswordSignIn onStep={setStep} />;
}

/** Staff sign in with their email and password; the page they asked for opens once they have (or once the second factor is given). */
function PasswordSignIn({ onStep }: { onStep: (step: Step) => void }) {
  const { t } = useTranslation();
  usePageTitle(t('staff.signIn.title'));
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { formRef, errors, errorOf, check, fail } = useFormErrors();
  const mutation = useMutation({
    mutationFn: () => login(email.trim(), password),
    onSuccess: (result) => ('challenge' in result ? onStep({ kind: result.secondFactor, challenge: result.challenge }) : rememberSession(client, result)),
    onError: fail,
  });
  const submit = () => {
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = 'required';
    if (!password) missing.password = 'required';
    if (check(missing)) mutation.mutate();
  };
  const code = mutation.isError ? asApiError(mutation.error).code : null;
  const field = (name: 'email' | 'password', label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={errorOf(name)}
      type={name}
      autoComplete={autoComplete}
      dir="ltr"
      name={name}
      required
      withAsterisk
    />
  );
  return (
    <SignInFrame title={t('staff.signIn.title')} intro={t('staff.signIn.intro')} layout={{ maw: 440, mx: 'auto', py: 'lg' }} formRef={formRef} onSubmit={submit}>
      <SsoSignIn />
      {field('email', t('staff.signIn.email'), email, setEmail, 'username')}
      {field('password', t('staff.signIn.password'), password, setPassword, 'current-password')}
      {code === 'invalid_credentials' ? (
        <Alert color="red" variant="light" role="alert">
          {t('error.invalid_credentials')}
        </Alert>
      ) : (
        mutation.isError && !Object.keys(errors).length && <ErrorAlert error={mutation.error} />
      )}
      <Button type="submit" loading={mutation.isPending} data-testid="staff-sign-in">
        {t('staff.signIn.submit')}
      </Button>
      <Anchor component="button" type="button" onClick={() => onStep({ kind: 'forgot' })} data-testid="staff-forgot">
        {t('staff.signIn.forgot')}
      </Anchor>
    </SignInFrame>
  );
}
