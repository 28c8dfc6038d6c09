import { Alert, Button, Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { runtimeConfig } from '../../app/runtime-config.ts';

/**
 * "Sign in with <provider>" on the staff sign-in page, when the installation has an identity
 * provider; after a refused sign-in, the reason. The provider brings the browser back to the page
 * it was on.
 */
export function SsoSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const sso = runtimeConfig.sso;
  if (!sso) return null;
  const provider = sso.providerName;
  // Why the provider's sign-in was refused, as the callback names it (`?ssoError=`).
  const refusals: Record<string, string> = {
    failed: t('staff.signIn.sso.error.failed', { provider }),
    no_role: t('staff.signIn.sso.error.no_role', { provider }),
    disabled: t('staff.signIn.sso.error.disabled'),
    email_taken: t('staff.signIn.sso.error.email_taken'),
    no_email: t('staff.signIn.sso.error.no_email', { provider }),
    misconfigured: t('staff.signIn.sso.error.misconfigured'),
  };
  const params = new URLSearchParams(location.search);
  const refused = Object.hasOwn(refusals, params.get('ssoError') ?? '') ? refusals[params.get('ssoError')!] : undefined;
  params.delete('ssoError');
  const query = params.toString();
  const next = `${location.pathname}${query ? `?${query}` : ''}`;
  return (
    <>
      {refused && (
        <Alert color="red" variant="light" role="alert" data-testid="sso-error">
          {refused}
        </Alert>
      )}
      <Button component="a" href={`/api/v1/auth/sso/start?next=${encodeURIComponent(next)}`} variant="outline" data-testid="sso-sign-in">
        {t('staff.signIn.sso.button', { provider })}
      </Button>
      <Divider label={t('staff.signIn.sso.or')} labelPosition="center" />
    </>
  );
}
