import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SearchIcon } from '../../../components/icons.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useServices } from '../../catalogue/useServices.ts';
import type { CaseFormProps } from '../../../components/case-form/case-form-props.ts';
import { useFieldError } from '../../../components/form/useFieldError.ts';

/** Picks the service from the catalogue, searched and limited to the chosen type. */
export function ServiceStep({ draft, update, errors, service }: CaseFormProps) {
  const { t } = useTranslation();
  const local = useLocalized();
  const errorOf = useFieldError(errors);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const found = useServices({ type: draft.type, q: q || undefined });
  const list = found.data ?? [];
  const options = service && !list.some((s) => s.code === service.code) ? [service, ...list] : list;

  return (
    <Stack gap="md">
      <TextInput
        type="search"
        label={t('submit.service.searchLabel')}
        placeholder={t('catalogue.searchPlaceholder')}
        leftSection={<SearchIcon size={18} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="service-search"
      />
      {found.isPending ? (
        <Loading label={t('catalogue.loading')} />
      ) : found.isError ? (
        <ErrorAlert error={found.error} onRetry={() => void found.refetch()} />
      ) : (
        <Radio.Group
          value={draft.serviceCode ?? null}
          onChange={(code) => update({ serviceCode: code, attributes: {} })}
          label={t('submit.service.label')}
          description={t('catalogue.resultCount', { count: options.length })}
          error={errorOf('serviceCode') ?? errorOf('type')}
          withAsterisk
          name="serviceCode"
        >
          <Stack gap="sm" mt="xs" aria-busy={found.isFetching}>
            {options.map((s) => (
              <Radio
                key={s.code}
                value={s.code}
                label={local(s.name)}
                description={t('submit.service.optionDescription', {
                  group: local(s.group.name),
                  entity: local(s.entity.name),
                })}
              />
            ))}
            {options.length === 0 && <Text c="dimmed">{t('catalogue.noResults')}</Text>}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
