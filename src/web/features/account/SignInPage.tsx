import { Alert, Anchor, Button, Group, Radio, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { toAsciiDigits } from '../../../common/digits.ts';
import { isEmail, normalizeEmail } from '../../../common/email.ts';
import { normalizePhone } from '../../../common/phone.ts';
import { requestOtp, verifyOtp, type OtpAddress } from '../../api/auth.api.ts';
import { runtimeConfig } from '../../app/runtime-config.ts';
import { asApiError } from '../../api/problem.ts';
import { rememberSession, useSession } from '../../auth/useSession.ts';
import { SignInFrame } from '../../auth/SignInFrame.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem } from '../../components/form/field-errors.ts';
import { useFormErrors } from '../../components/form/useFormErrors.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { safeNext } from './safe-next.ts';

type Method = 'phone' | 'email';

/** Problems without a field that belong to one on this page. */
const implied: Partial<Record<string, [string, string]>> = { invalid_code: ['code', 'invalid_code'] };

/**
 * Citizens sign in with a one-time code sent to their mobile number (SMS) or email: no password.
 * Step one asks where to send it, step two for the code (Arabic-Indic digits accepted).
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/my-cases');
  const session = useSession();
  const client = useQueryClient();
  const [method, setMethod] = useState<Method>('phone');
  const [address, setAddress] = useState('');
  const [sentTo, setSentTo] = useState<OtpAddress | null>(null);
  const [code, setCode] = useState('');
  const { formRef, errorOf, setErrors, check, fail } = useFormErrors({ implied });
  const ask = useMutation({
    mutationFn: (to: OtpAddress) => requestOtp(to, currentLanguage()),
    onSuccess: (_data, to) => {
      setSentTo(to);
      setCode('');
      setErrors({});
    },
    onError: fail,
  });
  const verify = useMutation({
    mutationFn: (to: OtpAddress) => verifyOtp(to, toAsciiDigits(code).replace(/\s/g, '')),
    onSuccess: (s) => {
      rememberSession(client, s);
      void navigate(next, { replace: true });
    },
    onError: fail,
  });

  if (session.isPending) return <Loading />;
  if (session.data?.user.kind === 'citizen') return <Navigate to={next} replace />;

  const sendCode = () => {
    const value = address.trim();
    const problem = !value
      ? 'required'
      : method === 'phone'
        ? normalizePhone(value, runtimeConfig.country) === null && 'invalid_phone'
        : !isEmail(normalizeEmail(value)) && 'invalid_email';
    if (problem) {
      check({ [method]: problem });
      return;
    }
    ask.mutate(method === 'phone' ? { phone: value } : { email: value });
  };
  const signIn = () => {
    if (!check(toAsciiDigits(code).trim() ? {} : { code: 'required' })) return;
    if (sentTo) verify.mutate(sentTo);
  };
  const generalError = [ask, verify].find((m) => m.isError && !Object.keys(fieldErrorsOfProblem(m.error, { implied })).length);
  const busy = ask.isPending || verify.isPending;

  return (
    <SignInFrame title={t('account.signIn.title')} intro={t('account.signIn.intro')} layout={{ maw: 480 }} formRef={formRef} onSubmit={sentTo ? signIn : sendCode}>
            {!sentTo ? (
              <>
                <Radio.Group
                  value={method}
                  onChange={(v) => {
                    setMethod(v as Method);
                    setAddress('');
                    setErrors({});
                  }}
                  label={t('account.signIn.methodLabel')}
                  name="method"
                >
                  <Group gap="lg" mt="xs">
                    <Radio value="phone" label={t('account.signIn.byPhone')} />
                    <Radio value="email" label={t('account.signIn.byEmail')} />
                  </Group>
                </Radio.Group>
                {method === 'phone' ? (
                  <TextInput
                    key="phone"
                    label={t('account.signIn.phone')}
                    description={t('account.signIn.phoneHint')}
                    value={address}
                    onChange={(e) => setAddress(e.currentTarget.value)}
                    error={errorOf('phone')}
                    type="tel"
                    inputMode="tel"
                    autoComplete="tel"
                    dir="ltr"
                    maxLength={40}
                    name="phone"
                    required
                    withAsterisk
                  />
                ) : (
                  <TextInput
                    key="email"
                    label={t('account.signIn.email')}
                    value={address}
                    onChange={(e) => setAddress(e.currentTarget.value)}
                    error={errorOf('email')}
                    type="email"
                    autoComplete="email"
                    dir="ltr"
                    maxLength={254}
                    name="email"
                    required
                    withAsterisk
                  />
                )}
                <Button type="submit" loading={busy} data-testid="send-code">
                  {t('account.signIn.sendCode')}
                </Button>
              </>
            ) : (
              <>
                <Alert color="brand" variant="light" role="status">
                  {t('account.signIn.codeSent', { address: 'phone' in sentTo ? sentTo.phone : sentTo.email })}
                </Alert>
                <TextInput
                  label={t('account.signIn.code')}
                  description={t('account.signIn.codeHint')}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  error={errorOf('code')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  dir="ltr"
                  maxLength={20}
                  name="code"
                  required
                  withAsterisk
                  autoFocus
                />
                <Button type="submit" loading={busy} data-testid="verify-code">
                  {t('account.signIn.submit')}
                </Button>
                <Group gap="md">
                  <Anchor component="button" type="button" fz="sm" onClick={() => ask.mutate(sentTo)} disabled={busy}>
                    {t('account.signIn.resend')}
                  </Anchor>
                  <Anchor
                    component="button"
                    type="button"
                    fz="sm"
                    onClick={() => {
                      setSentTo(null);
                      setErrors({});
                      verify.reset();
                    }}
                  >
                    {method === 'phone' ? t('account.signIn.changePhone') : t('account.signIn.changeEmail')}
                  </Anchor>
                </Group>
              </>
            )}
            {generalError &&
              (asApiError(generalError.error).code === 'rate_limited' ? (
                <Alert color="orange" variant="light" role="alert">
                  {t('account.signIn.rateLimited')}
                </Alert>
              ) : (
                <ErrorAlert error={generalError.error} />
              ))}
    </SignInFrame>
  );
}
