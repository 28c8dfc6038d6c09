import { Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishCard, type PracticeCard } from '../../api/practice.api.ts';
import { AdminForm } from '../../components/admin/AdminForm.tsx';
import { useFieldError } from '../../components/form/useFieldError.ts';
import { useFormMutation } from '../../components/form/useFormMutation.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { useEntities } from '../staff/useStaffData.ts';

/** The ministry recommends a card: to every entity, or to the entities chosen (never the card's own). */
export function PublishForm({ card, onDone, onCancel }: { card: PracticeCard; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const entities = useEntities();
  const [to, setTo] = useState<'all' | 'chosen'>('chosen');
  const [chosen, setChosen] = useState<string[]>([]);
  const { mutation, errors, generalError } = useFormMutation(() => publishCard(card.id, { entities: to === 'all' ? 'all' : chosen }), { invalidate: [['practice']], onDone });
  const fieldError = useFieldError(errors);
  const choices = (entities.data ?? []).filter((e) => e.kind !== 'unit' && e.parent !== null && e.code !== card.entity.code);

  return (
    <AdminForm testId="publish" onSubmit={() => mutation.mutate(undefined)} saving={mutation.isPending} generalError={generalError} onCancel={onCancel}>
      <Text fz="sm">{local(card.title)}</Text>
      <Radio.Group value={to} onChange={(v) => setTo(v as 'all' | 'chosen')} label={t('practice.publish.to')}>
        <Stack gap={4} mt={4}>
          <Radio value="all" label={t('practice.publish.all')} data-testid="publish-all" />
          <Radio value="chosen" label={t('practice.publish.chosen')} data-testid="publish-chosen" />
        </Stack>
      </Radio.Group>
      {to === 'chosen' && (
        <Checkbox.Group value={chosen} onChange={setChosen} error={fieldError('entities')}>
          <Stack gap={4}>
            {choices.map((e) => (
              <Checkbox key={e.code} value={e.code} label={local(e.name)} data-testid="publish-entity" data-code={e.code} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </AdminForm>
  );
}
