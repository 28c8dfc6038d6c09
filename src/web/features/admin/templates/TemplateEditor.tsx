import { Alert, Button, Code, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/enums.ts';
import { previewTemplate, resetTemplate, saveTemplate, type NotificationTemplate, type TemplateText } from '../../../api/admin-sla.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem, type FieldErrors } from '../../../components/form/field-errors.ts';
import { focusFirstInvalid } from '../../../components/form/focus-invalid.ts';
import formClasses from '../../../components/form/form.module.css';
import { languageName, templateFieldErrorLabel, templateLabel } from '../../../i18n/labels/templates.labels.ts';

const fields = ['subject', 'body', 'sms'] as const;
const limits = { subject: 200, body: 4000, sms: 480 } as const;

interface Props {
  template: NotificationTemplate;
  language: Language;
  onDone: (change: 'saved' | 'reset') => void;
  onCancel: () => void;
}

/**
 * The entity's wording of one template in one language: the three texts (starting from the
 * wording in force), the placeholders they may use, a preview with sample values, saving, and
 * going back to the default.
 */
export function TemplateEditor({ template, language, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const texts = template.texts[language];
  const [values, setValues] = useState<TemplateText>(() => ({ ...(texts.override ?? texts.default) }));
  const [missing, setMissing] = useState<FieldErrors>({});
  const dir = language === 'ar' ? 'rtl' : 'ltr';

  const done = (change: 'saved' | 'reset') => async () => {
    await queryClient.invalidateQueries({ queryKey: ['admin', 'notification-templates'] });
    onDone(change);
  };
  const save = useMutation({ mutationFn: (text: TemplateText) => saveTemplate(template.key, language, text), onSuccess: done('saved'), onError: () => focusFirstInvalid(formRef.current) });
  const reset = useMutation({ mutationFn: () => resetTemplate(template.key, language), onSuccess: done('reset') });
  const preview = useMutation({ mutationFn: (draft: TemplateText) => previewTemplate(template.key, language, draft), onError: () => focusFirstInvalid(formRef.current) });
  const failed = save.error ?? preview.error;
  const errors = { ...(failed ? fieldErrorsOfProblem(failed) : {}), ...missing };
  const errorOf = (path: string) => (errors[path] ? templateFieldErrorLabel(t, errors[path]) : undefined);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  const set = (field: (typeof fields)[number]) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    // A preview shows the texts it was asked for; once they change it would mislead.
    preview.reset();
    setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== field)));
  };
  const checked = (): TemplateText | null => {
    const lacking: FieldErrors = {};
    for (const f of fields) if (!values[f].trim()) lacking[f] = 'required';
    setMissing(lacking);
    if (Object.keys(lacking).length) {
      focusFirstInvalid(formRef.current);
      return null;
    }
    return values;
  };
  const busy = save.isPending || reset.isPending;

  return (
    <Paper withBorder p="md" className={formClasses.row} component="section" aria-labelledby={headingId} data-testid="template-editor">
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const text = checked();
          if (text) save.mutate(text);
        }}
      >
        <Stack gap="sm">
          <Title order={3} fz="h4" id={headingId}>
            {t('templatesAdmin.editor.title', { template: templateLabel(t, template.key), language: languageName(t, language) })}
          </Title>
          <div>
            <Text fz="sm">
              {template.params.length ? t('templatesAdmin.placeholders') : t('templatesAdmin.noPlaceholders')}
            </Text>
            <Group gap={6} mt={4}>
              {template.params.map((p) => (
                <Code key={p} dir="ltr">
                  {`{${p}}`}
                </Code>
              ))}
            </Group>
          </div>
          <TextInput
            label={t('templatesAdmin.field.subject')}
            value={values.subject}
            onChange={set('subject')}
            error={errorOf('subject')}
            maxLength={limits.subject}
            required
            withAsterisk
            dir={dir}
            lang={language}
            name="subject"
            data-testid="template-subject"
          />
          <Textarea
            label={t('templatesAdmin.field.body')}
            description={t('templatesAdmin.field.bodyHint')}
            value={values.body}
            onChange={set('body')}
            error={errorOf('body')}
            maxLength={limits.body}
            autosize
            minRows={5}
            maxRows={16}
            required
            withAsterisk
            dir={dir}
            lang={language}
            name="body"
            data-testid="template-body"
          />
          <Textarea
            label={t('templatesAdmin.field.sms')}
            description={
              template.params.includes('excerpt') ? (
                <>
                  {t('templatesAdmin.field.smsHint', { count: values.sms.length })} {t('templatesAdmin.field.smsExcerpt')}
                </>
              ) : (
                t('templatesAdmin.field.smsHint', { count: values.sms.length })
              )
            }
            value={values.sms}
            onChange={set('sms')}
            error={errorOf('sms')}
            maxLength={limits.sms}
            autosize
            minRows={2}
            required
            withAsterisk
            dir={dir}
            lang={language}
            name="sms"
            data-testid="template-sms"
          />
          <details>
            <summary>
              <Text component="span" fz="sm">
                {t('templatesAdmin.editor.showDefault')}
              </Text>
            </summary>
            <Stack gap={4} mt="xs" dir={dir} lang={language}>
              {fields.map((f) => (
                <pre key={f} className={formClasses.preview}>
                  {texts.default[f]}
                </pre>
              ))}
            </Stack>
          </details>
          {failed && !Object.keys(fieldErrorsOfProblem(failed)).length && <ErrorAlert error={failed} />}
          {reset.isError && <ErrorAlert error={reset.error} />}
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={save.isPending} disabled={reset.isPending} data-testid="template-save">
              {t('templatesAdmin.editor.save')}
            </Button>
            <Button
              variant="outline"
              loading={preview.isPending}
              onClick={() => {
                save.reset();
                const text = checked();
                if (text) preview.mutate(text);
              }}
              data-testid="template-preview"
            >
              {t('templatesAdmin.editor.preview')}
            </Button>
            {texts.override && (
              <Button variant="outline" color="red.9" loading={reset.isPending} disabled={save.isPending} onClick={() => reset.mutate()} data-testid="template-reset">
                {t('templatesAdmin.editor.reset')}
              </Button>
            )}
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('templatesAdmin.editor.cancel')}
            </Button>
          </Group>
          {preview.isSuccess && (
            <Alert color="gray" variant="light" title={t('templatesAdmin.preview.title')} role="status" data-testid="template-preview-result">
              <Stack gap="xs">
                <div>
                  <Text fz="xs" c="dimmed">
                    {t('templatesAdmin.field.subject')}
                  </Text>
                  <Text fw={700} fz="sm" dir={dir} lang={language} data-testid="preview-subject">
                    {preview.data.subject}
                  </Text>
                </div>
                <div>
                  <Text fz="xs" c="dimmed">
                    {t('templatesAdmin.field.body')}
                  </Text>
                  <pre className={formClasses.preview} dir={dir} lang={language} data-testid="preview-body">
                    {preview.data.text}
                  </pre>
                </div>
                <div>
                  <Text fz="xs" c="dimmed">
                    {t('templatesAdmin.preview.sms', {
                      segments: t('templatesAdmin.preview.segments', { count: preview.data.smsSize.segments }),
                      encoding: preview.data.smsSize.encoding === 'ucs2' ? t('templatesAdmin.preview.ucs2') : t('templatesAdmin.preview.gsm7'),
                    })}
                  </Text>
                  <pre className={formClasses.preview} dir={dir} lang={language} data-testid="preview-sms">
                    {preview.data.sms}
                  </pre>
                </div>
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
