import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseReference } from '../../../common/reference.ts';
import { fieldErrorKey } from '../../i18n/keys.ts';

/**
 * Reference and tracking code, as printed on the receipt or read over the phone. The reference is
 * read as typed: with or without dashes, in Arabic-Indic digits; its check digit catches a mistyped
 * digit before any request. The code is the short six-sign code (any case, spaces allowed) or the
 * long code of the tracking link; the server tells them apart and limits wrong tries.
 */
export function TrackLookupForm({ initialReference = '' }: { initialReference?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reference, setReference] = useState(initialReference);
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ reference?: string; token?: string }>({});
  const submit = () => {
    const parsed = parseReference(reference);
    const next = {
      reference: !reference.trim() ? 'required' : parsed ? undefined : 'invalid_reference',
      token: token.trim() ? undefined : 'required',
    };
    setErrors(next);
    if (!parsed || next.token) return;
    navigate(`/track/${parsed.reference}?token=${encodeURIComponent(token.trim())}`);
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('track.referenceLabel')}
          description={t('track.referenceHint')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={errors.reference && t(fieldErrorKey(errors.reference))}
          inputMode="numeric"
          dir="ltr"
          required
          withAsterisk
          name="reference"
        />
        <TextInput
          label={t('track.tokenLabel')}
          description={t('track.tokenHint')}
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
          error={errors.token && t(fieldErrorKey(errors.token))}
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={100}
          required
          withAsterisk
          name="token"
        />
        <Button type="submit">{t('track.submit')}</Button>
      </Stack>
    </form>
  );
}
