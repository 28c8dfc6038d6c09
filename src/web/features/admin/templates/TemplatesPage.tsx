import '@mantine/core/styles/Code.css';
import { Badge, Button, Code, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../common/enums.ts';
import { listTemplates, type NotificationTemplate } from '../../../api/admin-sla.api.ts';
import { AdminListPage, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { SavedNotice } from '../../../components/admin/admin-feedback.tsx';
import { audienceLabel, languageName, templateLabel } from '../../../i18n/labels/templates.labels.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

type Editing = { key: string; language: Language } | null;
type Audience = 'all' | 'citizen' | 'staff';

/** One template: what it is for, who gets it, its placeholders, and per language which wording applies. */
function TemplateCard({ template, editing, onEdit, onDone, onCancel }: {
  template: NotificationTemplate;
  editing: Language | null;
  onEdit: (language: Language) => void;
  onDone: (language: Language, change: 'saved' | 'reset') => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const titleId = `template-${template.key}`;
  const editButtons = useRef<Partial<Record<Language, HTMLButtonElement | null>>>({});
  // Closing the editor gives the focus back to the button that opened it (enabled again by then).
  const cancel = (language: Language) => {
    onCancel();
    requestAnimationFrame(() => editButtons.current[language]?.focus());
  };
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId} data-testid="template-row" data-key={template.key}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} fz="h4" id={titleId}>
              {templateLabel(t, template.key)}
            </Title>
            <Group gap={6}>
              <Text fz="xs" c="dimmed" className="ltr-code">
                {template.key}
              </Text>
              <Badge size="sm" variant="outline" color="gray.8" tt="none">
                {audienceLabel(t, template.audience)}
              </Badge>
            </Group>
          </div>
        </Group>
        {template.params.length > 0 && (
          <Group gap={6} align="center">
            <Text fz="sm">{t('templatesAdmin.placeholders')}</Text>
            <Group gap={4} dir="ltr">
              {template.params.map((p) => (
                <Code key={p}>{`{${p}}`}</Code>
              ))}
            </Group>
          </Group>
        )}
        {languages.map((language) => {
          const texts = template.texts[language];
          const own = texts.override;
          return (
            <Group key={language} gap="sm" justify="space-between" wrap="wrap" data-testid={`template-${language}`} data-own={own ? 'true' : 'false'}>
              <div style={{ flex: '1 1 18rem', minInlineSize: 0 }}>
                <Group gap={6}>
                  <Text fz="sm" fw={600}>
                    {languageName(t, language)}
                  </Text>
                  <Badge size="sm" variant={own ? 'filled' : 'outline'} color={own ? 'brand.8' : 'gray.8'} tt="none">
                    {own ? t('templatesAdmin.ownWording') : t('templatesAdmin.defaultWording')}
                  </Badge>
                  {texts.updatedAt && (
                    <Text fz="xs" c="dimmed">
                      {t('templatesAdmin.changedAt', { when: formatDateTime(texts.updatedAt, lng) })}
                    </Text>
                  )}
                </Group>
                <Text fz="sm" c="dimmed" truncate="end">
                  <bdi lang={language}>{(own ?? texts.default).subject}</bdi>
                </Text>
              </div>
              <Button
                ref={(el) => {
                  editButtons.current[language] = el;
                }}
                variant="outline"
                size="compact-sm"
                onClick={() => onEdit(language)}
                disabled={editing === language}
                aria-label={t('templatesAdmin.editLabel', { template: templateLabel(t, template.key), language: languageName(t, language) })}
                data-testid={`template-edit-${language}`}
              >
                {t('templatesAdmin.edit')}
              </Button>
            </Group>
          );
        })}
        {editing && (
          <TemplateEditor key={editing} template={template} language={editing} onDone={(change) => onDone(editing, change)} onCancel={() => cancel(editing)} />
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Notification templates for an entity's administrator (and the coordinator): each message's
 * default wording and the entity's own, per language, with editing, preview and reset.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('templatesAdmin.title'));
  const templates = useQuery({ queryKey: ['admin', 'notification-templates'], queryFn: ({ signal }) => listTemplates(signal) });
  const [editing, setEditing] = useState<Editing>(null);
  const [audience, setAudience] = useState<Audience>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const shown = (templates.data ?? []).filter((tpl) => audience === 'all' || tpl.audience === audience || tpl.audience === 'any');

  return (
    <AdminListPage title={t('templatesAdmin.title')} intro={t('templatesAdmin.intro')}>
      {notice && <SavedNotice onClose={() => setNotice(null)}>{notice}</SavedNotice>}
      <ListState
        query={templates}
        isEmpty={(list) => list.length === 0}
        empty={t('templatesAdmin.empty')}
        loadingLabel={t('templatesAdmin.loading')}
        forbiddenTitle={t('templatesAdmin.notAllowed')}
      >
        {() => (
          <>
            <NativeSelect
              label={t('templatesAdmin.audienceFilter')}
              value={audience}
              onChange={(e) => setAudience(e.currentTarget.value as Audience)}
              data={[
                { value: 'all', label: t('templatesAdmin.audience.all') },
                { value: 'citizen', label: t('templatesAdmin.audience.citizen') },
                { value: 'staff', label: t('templatesAdmin.audience.staff') },
              ]}
              w="fit-content"
              miw="14rem"
            />
            {shown.map((tpl) => (
              <TemplateCard
                key={tpl.key}
                template={tpl}
                editing={editing?.key === tpl.key ? editing.language : null}
                onEdit={(language) => {
                  setNotice(null);
                  setEditing({ key: tpl.key, language });
                }}
                onDone={(language, change) => {
                  setEditing(null);
                  const what = { template: templateLabel(t, tpl.key), language: languageName(t, language) };
                  setNotice(change === 'saved' ? t('templatesAdmin.saved', what) : t('templatesAdmin.reset', what));
                }}
                onCancel={() => setEditing(null)}
              />
            ))}
          </>
        )}
      </ListState>
    </AdminListPage>
  );
}
