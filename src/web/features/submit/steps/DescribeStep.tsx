import { Button, Stack, Text, Textarea, UnstyledButton, Group, Progress } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestServices, type SuggestedService } from '../../../api/suggest.api.ts';
import type { CaseFormProps } from '../../../components/case-form/case-form-props.ts';
import { DESCRIPTION_MAX } from '../../../components/case-form/validate.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { Loading } from '../../../components/Loading.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { ServiceSummary } from '../ServiceSummary.tsx';
import classes from './DescribeStep.module.css';
import { ServiceStep } from './ServiceStep.tsx';

/** Fewer letters than this say too little to suggest a service. */
const MIN_TEXT = 3;

/** One suggested service: its name, its group and how sure the suggester is. */
function Suggestion({ item, onPick }: { item: SuggestedService; onPick: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const percent = formatNumber(item.score, currentLanguage(), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <UnstyledButton className={classes.suggestion} onClick={onPick} data-testid="suggestion" aria-label={t('submit.describe.pick', { service: local(item.name), confidence: percent })}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0}>
          <Text fw={600}>{local(item.name)}</Text>
          <Text fz="xs" c="dimmed">
            {local(item.group.name)}
          </Text>
        </Stack>
        <Text fz="sm" c="dimmed" aria-hidden="true">
          {percent}
        </Text>
      </Group>
      <Progress value={item.score * 100} size="xs" mt={6} aria-hidden="true" />
    </UnstyledButton>
  );
}

/**
 * "Tell us what happened" first: as the citizen types, the three most likely services are offered
 * with their confidence; one tap chooses. The whole catalogue stays a tap away.
 */
export function DescribeStep({ draft, update, errors, service }: CaseFormProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const [browsing, setBrowsing] = useState(false);
  const [text] = useDebouncedValue(draft.description.trim(), 350);
  const lang = currentLanguage();
  const asking = text.length >= MIN_TEXT && !draft.serviceCode;
  const suggested = useQuery({
    queryKey: ['suggest', text, lang],
    queryFn: ({ signal }) => suggestServices(text, lang, signal),
    enabled: asking,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
  const items = suggested.data?.items ?? [];
  const choose = (code: string) => {
    update({ serviceCode: code, attributes: {} });
    setBrowsing(false);
  };

  return (
    <Stack gap="md">
      <Textarea
        label={t('submit.describe.label')}
        description={t('submit.details.descriptionHint', { count: DESCRIPTION_MAX - draft.description.length })}
        placeholder={t('submit.describe.placeholder')}
        value={draft.description}
        maxLength={DESCRIPTION_MAX}
        autosize
        minRows={3}
        maxRows={8}
        required
        withAsterisk
        onChange={(e) => update({ description: e.currentTarget.value })}
        error={errorOf('description')}
        name="description"
        data-testid="description"
      />
      {draft.serviceCode ? (
        <ServiceSummary service={service} onChange={() => update({ serviceCode: undefined, attributes: {} })} />
      ) : (
        <Stack gap="xs" aria-live="polite" aria-busy={suggested.isFetching} data-testid="suggestions">
          {asking && suggested.isPending && <Loading label={t('submit.describe.finding')} />}
          {asking && suggested.isError && <ErrorAlert error={suggested.error} onRetry={() => void suggested.refetch()} />}
          {asking && items.length > 0 && (
            <>
              <Text fz="sm" fw={600}>
                {t('submit.describe.suggested')}
              </Text>
              {items.map((item) => (
                <Suggestion key={item.code} item={item} onPick={() => choose(item.code)} />
              ))}
            </>
          )}
          {asking && suggested.isSuccess && items.length === 0 && <Text fz="sm">{t('submit.describe.noneFound')}</Text>}
          {!asking && <Text fz="sm" c="dimmed">{t('submit.describe.hint')}</Text>}
          {errorOf('serviceCode') && (
            <Text c="var(--mantine-color-error)" fz="sm" role="alert">
              {t('submit.describe.chooseService')}
            </Text>
          )}
        </Stack>
      )}
      {!draft.serviceCode &&
        (browsing ? (
          <ServiceStep draft={draft} update={(patch) => (patch.serviceCode ? choose(patch.serviceCode) : update(patch))} errors={errors} service={service} />
        ) : (
          <Button variant="subtle" onClick={() => setBrowsing(true)} data-testid="browse-services" w="fit-content">
            {t('submit.describe.browse')}
          </Button>
        ))}
    </Stack>
  );
}
