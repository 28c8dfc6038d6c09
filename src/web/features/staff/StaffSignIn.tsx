import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../../api/auth.api.ts';
import { asApiError } from '../../api/problem.ts';
import { rememberSession } from '../../auth/useSession.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { FieldErrors } from '../../components/form/field-errors.ts';
import { useFormErrors } from '../../components/form/useFormErrors.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** Staff sign in with their email and password; the page they asked for opens once they have. */
export function StaffSignIn() {
  const { t } = useTranslation();
  usePageTitle(t('staff.signIn.title'));
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { formRef, errors, errorOf, check, fail } = useFormErrors();
  const mutation = useMutation({
    mutationFn: () => login(email.trim(), password),
    onSuccess: (session) => rememberSession(client, session),
    onError: fail,
  });
  const submit = () => {
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = 'required';
    if (!password) missing.password = 'required';
    if (check(missing)) mutation.mutate();
  };
  const code = mutation.isError ? asApiError(mutation.error).code : null;
  return (
    <Stack gap="md" maw={440} mx="auto" py="lg">
      <Title order={1} fz="h2">
        {t('staff.signIn.title')}
      </Title>
      <Text>{t('staff.signIn.intro')}</Text>
      <Paper withBorder p="lg">
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <TextInput
              label={t('staff.signIn.email')}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errorOf('email')}
              type="email"
              autoComplete="username"
              dir="ltr"
              name="email"
              required
              withAsterisk
            />
            <TextInput
              label={t('staff.signIn.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errorOf('password')}
              type="password"
              autoComplete="current-password"
              dir="ltr"
              name="password"
              required
              withAsterisk
            />
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
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
