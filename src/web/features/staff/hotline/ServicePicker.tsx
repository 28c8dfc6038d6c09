import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../api/catalogue.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SearchIcon } from '../../../components/icons.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useServices } from '../../catalogue/useServices.ts';

const SHOWN = 8;

/** Finds the service by a few words (Arabic-aware on the server) and picks it from the best matches. */
export function ServicePicker({ value, onChange, error }: { value: Service | undefined; onChange: (s: Service) => void; error?: string }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const found = useServices({ q }, q.length > 0);
  const list = (found.data ?? []).slice(0, SHOWN);
  const options = value && !list.some((s) => s.code === value.code) ? [value, ...list] : list;
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('staff.hotline.serviceSearch')}
        description={t('staff.hotline.serviceSearchHint')}
        leftSection={<SearchIcon size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="hotline-service-search"
      />
      {found.isError ? (
        <ErrorAlert error={found.error} onRetry={() => void found.refetch()} />
      ) : found.isFetching && !options.length ? (
        <Loading label={t('catalogue.loading')} />
      ) : (
        <Radio.Group
          value={value?.code ?? null}
          onChange={(code) => {
            const s = options.find((o) => o.code === code);
            if (s) onChange(s);
          }}
          label={t('staff.hotline.service')}
          error={error}
          withAsterisk
          name="serviceCode"
        >
          <Stack gap={6} mt={4}>
            {options.map((s) => (
              <Radio key={s.code} value={s.code} label={local(s.name)} description={local(s.entity.name)} />
            ))}
            {!options.length && (
              <Text fz="sm" c="dimmed">
                {q ? t('catalogue.noResults') : t('staff.hotline.serviceSearchFirst')}
              </Text>
            )}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
