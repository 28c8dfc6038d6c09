import { ActionIcon, Button, Group, NativeSelect, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/enums.ts';
import { listServices } from '../../api/catalogue.api.ts';
import { createCard, patchCard, type PracticeCard } from '../../api/practice.api.ts';
import { AdminForm } from '../../components/admin/AdminForm.tsx';
import { BilingualTextInputs } from '../../components/form/BilingualTextInputs.tsx';
import { useFieldError } from '../../components/form/useFieldError.ts';
import { useFormMutation } from '../../components/form/useFormMutation.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

type Bi = Record<Language, string>;
const blank = (): Bi => ({ ar: '', en: '' });

/**
 * Writing or editing a practice card: the service (when new), title, summary, unit set-up and the
 * steps in order. The SLA targets, reply texts and figures are taken as they are in force when the
 * card is saved; an edit takes them again only when asked.
 */
export function CardForm({ card, onDone, onCancel }: { card: PracticeCard | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const services = useQuery({ queryKey: ['services', 'all'], queryFn: ({ signal }) => listServices({}, signal), enabled: card === null });
  const [service, setService] = useState('');
  const [title, setTitle] = useState<Bi>(card?.title ?? blank());
  const [summary, setSummary] = useState<Bi>(card?.summary ?? blank());
  const [unitSetup, setUnitSetup] = useState<Bi>(card?.unitSetup ?? blank());
  const [checklist, setChecklist] = useState<Bi[]>(card?.checklist ?? []);
  const [refresh, setRefresh] = useState(false);
  const serviceCode = service || services.data?.[0]?.code || '';
  const body = { title, summary, unitSetup, checklist };
  const { mutation, errors, generalError } = useFormMutation(
    () => (card ? patchCard(card.id, { ...body, ...(refresh ? { refresh } : {}) }) : createCard({ serviceCode, ...body })),
    { invalidate: [['practice']], onDone },
  );
  const fieldError = useFieldError(errors);
  const setStep = (i: number, lng: Language, v: string) => setChecklist((l) => l.map((s, j) => (j === i ? { ...s, [lng]: v } : s)));

  return (
    <AdminForm testId="card" onSubmit={() => mutation.mutate(undefined)} saving={mutation.isPending} generalError={generalError} onCancel={onCancel}>
      {card === null && (
        <NativeSelect
          label={t('practice.service')}
          value={serviceCode}
          onChange={(e) => setService(e.currentTarget.value)}
          error={fieldError('serviceCode')}
          data={(services.data ?? []).map((s) => ({ value: s.code, label: local(s.name) }))}
          data-testid="card-service"
        />
      )}
      <Group grow align="flex-start">
        <BilingualTextInputs
          labels={{ ar: t('practice.cards.titleAr'), en: t('practice.cards.titleEn') }}
          values={title}
          onChange={(lng, v) => setTitle((x) => ({ ...x, [lng]: v }))}
          errors={{ ar: fieldError('title.ar'), en: fieldError('title.en') }}
          testId="card-title"
        />
      </Group>
      <BilingualAreas labels={{ ar: t('practice.cards.summaryAr'), en: t('practice.cards.summaryEn') }} values={summary} onChange={setSummary} />
      <BilingualAreas labels={{ ar: t('practice.cards.unitSetupAr'), en: t('practice.cards.unitSetupEn') }} values={unitSetup} onChange={setUnitSetup} />
      <Stack gap={4}>
        <Text fw={600} fz="sm">
          {t('practice.cards.checklist')}
        </Text>
        {checklist.map((step, i) => (
          <Group key={i} align="flex-end" wrap="nowrap" data-testid="card-step">
            <BilingualTextInputs
              labels={{ ar: t('practice.cards.stepAr', { n: i + 1 }), en: t('practice.cards.stepEn', { n: i + 1 }) }}
              values={step}
              onChange={(lng, v) => setStep(i, lng, v)}
              errors={{ ar: fieldError(`checklist.${i}.ar`), en: fieldError(`checklist.${i}.en`) }}
              maxLength={500}
            />
            <ActionIcon variant="subtle" color="red" mb={4} onClick={() => setChecklist((l) => l.filter((_, j) => j !== i))} aria-label={t('practice.cards.removeStep', { n: i + 1 })}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button variant="default" size="compact-sm" onClick={() => setChecklist((l) => [...l, blank()])} disabled={checklist.length >= 50} data-testid="card-add-step" w="fit-content">
          {t('practice.cards.addStep')}
        </Button>
      </Stack>
      <Text fz="xs" c="dimmed">
        {t('practice.cards.takenNote')}
      </Text>
      {card && <Switch label={t('practice.cards.refresh')} checked={refresh} onChange={(e) => setRefresh(e.currentTarget.checked)} data-testid="card-refresh" />}
    </AdminForm>
  );
}

/** An optional text in both languages, each in its own direction. */
function BilingualAreas({ labels, values, onChange }: { labels: Bi; values: Bi; onChange: (v: Bi) => void }) {
  return (
    <Group grow align="flex-start">
      {(['ar', 'en'] as const).map((lng) => (
        <Textarea
          key={lng}
          label={labels[lng]}
          value={values[lng]}
          onChange={(e) => onChange({ ...values, [lng]: e.currentTarget.value })}
          dir={lng === 'ar' ? 'rtl' : 'ltr'}
          lang={lng}
          rows={3}
          maxLength={4000}
        />
      ))}
    </Group>
  );
}
