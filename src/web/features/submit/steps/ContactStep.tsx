import { Alert, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFormProps } from '../../../components/case-form/case-form-props.ts';
import { useFieldError } from '../../../components/form/useFieldError.ts';

/** How the entity can reply: phone or email, or anonymous where the service allows it. */
export function ContactStep({ draft, update, errors, service }: CaseFormProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const contact = draft.contact;
  const set = (patch: Partial<typeof contact>) => update({ contact: { ...contact, ...patch } });
  return (
    <Stack gap="md">
      {service?.anonymousAllowed ? (
        <Switch
          checked={draft.anonymous}
          onChange={(e) => update({ anonymous: e.currentTarget.checked })}
          label={t('submit.contact.anonymous')}
          description={t('submit.contact.anonymousHint')}
          error={errorOf('anonymous')}
          name="anonymous"
        />
      ) : (
        <Text fz="sm">{t('submit.contact.anonymousNotAllowed')}</Text>
      )}
      {!draft.anonymous && (
        <>
          <Text>{t('submit.contact.intro')}</Text>
          {errorOf('contact') && (
            <Alert color="red" variant="light" role="alert">
              {errorOf('contact')}
            </Alert>
          )}
          <TextInput
            label={t('submit.contact.name')}
            value={contact.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errorOf('contact.name')}
            autoComplete="name"
            maxLength={200}
            name="contact.name"
          />
          <TextInput
            label={t('submit.contact.phone')}
            description={t('submit.contact.phoneHint')}
            value={contact.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={errorOf('contact.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            dir="ltr"
            maxLength={40}
            name="contact.phone"
          />
          <TextInput
            label={t('submit.contact.email')}
            value={contact.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={errorOf('contact.email')}
            type="email"
            autoComplete="email"
            dir="ltr"
            maxLength={254}
            name="contact.email"
          />
        </>
      )}
    </Stack>
  );
}
