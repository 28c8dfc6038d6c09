import { ActionIcon, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { attributeDatatypes } from '../../../../common/enums.ts';
import { datatypeLabel } from '../../../i18n/labels/admin.labels.ts';
import { emptyQuestion, isListType, type QuestionDraft, type ValueDraft } from './service-form.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';

interface Props {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  fieldError: (path: string) => string | undefined;
  /** Called with a question's index when it is edited, to clear the errors shown on it. */
  onEdit: (index: number) => void;
}

/** Moves one item of a list up or down (the form's order is the order citizens see). */
function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/**
 * The extra questions of a service, in the order citizens answer them: each with a code, a kind,
 * whether an answer is required, the question in both languages and, for list questions, the
 * answers to choose from.
 */
export function QuestionsEditor({ questions, onChange, fieldError, onEdit }: Props) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<QuestionDraft>) => {
    onEdit(i);
    onChange(questions.map((q, j) => (j === i ? { ...q, ...change } : q)));
  };
  const updateValue = (i: number, k: number, change: Partial<ValueDraft>) =>
    update(i, { values: questions[i]!.values.map((v, j) => (j === k ? { ...v, ...change } : v)) });

  return (
    <Stack gap="sm" data-testid="questions">
      {questions.length === 0 && <Text c="dimmed">{t('admin.questions.none')}</Text>}
      {questions.map((q, i) => {
        const number = i + 1;
        const path = `attributes.${i}`;
        return (
          <Paper key={i} withBorder p="sm" data-testid="question" component="fieldset">
            <Text component="legend" fw={700} px={4}>
              {t('admin.questions.legend', { number })}
            </Text>
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('admin.questions.code')}
                  value={q.code}
                  onChange={(e) => update(i, { code: e.currentTarget.value })}
                  dir="ltr"
                  required
                  error={fieldError(`${path}.code`)}
                  data-testid="question-code"
                />
                <NativeSelect
                  label={t('admin.questions.kind')}
                  value={q.datatype}
                  onChange={(e) => {
                    const datatype = e.currentTarget.value as QuestionDraft['datatype'];
                    update(i, { datatype, values: isListType(datatype) && q.values.length === 0 ? [{ key: '', ar: '', en: '' }] : q.values });
                  }}
                  data={attributeDatatypes.map((d) => ({ value: d, label: datatypeLabel(t, d) }))}
                  data-testid="question-kind"
                />
              </Group>
              <Group grow align="flex-start">
                <BilingualTextInputs
                  labels={{ ar: t('admin.questions.textAr'), en: t('admin.questions.textEn') }}
                  values={{ ar: q.ar, en: q.en }}
                  onChange={(lng, v) => update(i, lng === 'ar' ? { ar: v } : { en: v })}
                  errors={{ ar: fieldError(`${path}.name.ar`), en: fieldError(`${path}.name.en`) }}
                  testId="question"
                />
              </Group>
              <Checkbox label={t('admin.questions.required')} checked={q.required} onChange={(e) => update(i, { required: e.currentTarget.checked })} data-testid="question-required" />
              {isListType(q.datatype) && (
                <Stack gap={4} data-testid="question-values">
                  <Text fz="sm" fw={600}>
                    {t('admin.questions.answers')}
                  </Text>
                  {fieldError(`${path}.values`) && (
                    <Text fz="sm" c="red" role="alert">
                      {fieldError(`${path}.values`)}
                    </Text>
                  )}
                  {q.values.map((v, k) => (
                    <Group key={k} grow align="flex-end" data-testid="question-value">
                      <TextInput
                        label={t('admin.questions.answerKey', { number: k + 1 })}
                        value={v.key}
                        onChange={(e) => updateValue(i, k, { key: e.currentTarget.value })}
                        dir="ltr"
                        error={fieldError(`${path}.values.${k}.key`)}
                        data-testid="value-key"
                      />
                      <TextInput
                        label={t('admin.questions.answerAr', { number: k + 1 })}
                        value={v.ar}
                        onChange={(e) => updateValue(i, k, { ar: e.currentTarget.value })}
                        dir="rtl"
                        lang="ar"
                        error={fieldError(`${path}.values.${k}.name.ar`)}
                        data-testid="value-ar"
                      />
                      <TextInput
                        label={t('admin.questions.answerEn', { number: k + 1 })}
                        value={v.en}
                        onChange={(e) => updateValue(i, k, { en: e.currentTarget.value })}
                        dir="ltr"
                        lang="en"
                        error={fieldError(`${path}.values.${k}.name.en`)}
                        data-testid="value-en"
                      />
                      <Button
                        variant="subtle"
                        color="red"
                        style={{ flexGrow: 0 }}
                        onClick={() => update(i, { values: q.values.filter((_, j) => j !== k) })}
                        aria-label={t('admin.questions.removeAnswer', { number: k + 1 })}
                      >
                        {t('admin.remove')}
                      </Button>
                    </Group>
                  ))}
                  <Button variant="light" size="xs" w="fit-content" onClick={() => update(i, { values: [...q.values, { key: '', ar: '', en: '' }] })} data-testid="value-add">
                    {t('admin.questions.addAnswer')}
                  </Button>
                </Stack>
              )}
              <Group gap="xs">
                <ActionIcon variant="default" onClick={() => onChange(moved(questions, i, i - 1))} disabled={i === 0} aria-label={t('admin.questions.moveUp', { number })}>
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  onClick={() => onChange(moved(questions, i, i + 1))}
                  disabled={i === questions.length - 1}
                  aria-label={t('admin.questions.moveDown', { number })}
                >
                  ↓
                </ActionIcon>
                <Button variant="subtle" color="red" size="xs" onClick={() => onChange(questions.filter((_, j) => j !== i))} aria-label={t('admin.questions.remove', { number })}>
                  {t('admin.remove')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Button variant="light" w="fit-content" onClick={() => onChange([...questions, emptyQuestion()])} data-testid="question-add">
        {t('admin.questions.add')}
      </Button>
    </Stack>
  );
}
