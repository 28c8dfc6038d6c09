import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listCards, type PracticeCard } from '../../api/practice.api.ts';
import { useStaffUser } from '../../auth/useStaffUser.tsx';
import { AdminFormModal } from '../../components/admin/AdminFormModal.tsx';
import { AdminListPage, ListState } from '../../components/admin/AdminListPage.tsx';
import { SavedNotice } from '../../components/admin/admin-feedback.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { CardDetails } from './CardDetails.tsx';
import { CardForm } from './CardForm.tsx';
import { usePracticeRights } from './practice-access.ts';
import { PublishForm } from './PublishForm.tsx';

type Editing = { mode: 'new' } | { mode: 'edit'; card: PracticeCard } | null;

/**
 * Practice cards of the entities in reach: what an entity does for a service, with the targets,
 * reply texts and figures it carries. An entity's administrator writes and edits its own; the
 * ministry's coordinator recommends a card to chosen entities or to all.
 */
export function CardsPage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.cards.title'));
  const user = useStaffUser();
  const rights = usePracticeRights(user);
  const cards = useQuery({ queryKey: ['practice', 'cards'], queryFn: ({ signal }) => listCards(signal) });
  const [editing, setEditing] = useState<Editing>(null);
  const [publishing, setPublishing] = useState<PracticeCard | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const local = useLocalized();
  const lng = currentLanguage();

  return (
    <AdminListPage
      title={t('practice.cards.title')}
      intro={t('practice.cards.intro')}
      action={
        rights.writeCards && (
          <Button onClick={() => setEditing({ mode: 'new' })} data-testid="card-new">
            {t('practice.cards.add')}
          </Button>
        )
      }
    >
      {saved && <SavedNotice onClose={() => setSaved(null)}>{saved}</SavedNotice>}
      <ListState query={cards} isEmpty={(l) => l.length === 0} empty={t('practice.cards.empty')} emptyTestId="cards-empty" loadingLabel={t('practice.loading')}>
        {(list) => (
          <Stack gap="md">
            {list.map((c) => (
              <Paper key={c.id} withBorder p="md" data-testid="card-row" data-id={c.id}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <div>
                    <Title order={2} fz="h4">
                      {local(c.title)}
                    </Title>
                    <Text fz="sm" c="dimmed">
                      {t('practice.cards.of', { entity: local(c.entity.name), service: local(c.service.name) })}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Button component={Link} variant="subtle" size="compact-sm" to={`/staff/practice?service=${encodeURIComponent(c.service.code)}`}>
                      {t('practice.cards.seeFigures')}
                    </Button>
                    {rights.writeCards && (user.role === 'coordinator' || c.entity.code === user.entity.code) && (
                      <Button size="compact-sm" variant="light" onClick={() => setEditing({ mode: 'edit', card: c })} aria-label={t('practice.cards.editNamed', { title: local(c.title) })}>
                        {t('practice.cards.edit')}
                      </Button>
                    )}
                    {rights.publish && (
                      <Button size="compact-sm" onClick={() => setPublishing(c)} data-testid="card-publish">
                        {t('practice.cards.publish')}
                      </Button>
                    )}
                  </Group>
                </Group>
                {c.publishedTo.length > 0 && (
                  <Group gap={4} mt="xs" data-testid="card-published">
                    <Text fz="xs">{t('practice.cards.publishedTo')}</Text>
                    {c.publishedTo.map((p) => (
                      <Badge key={`${p.entity}-${p.at}`} variant="light" title={formatDateTime(p.at, lng)}>
                        {p.entity === 'all' ? t('practice.publish.all') : p.entity}
                      </Badge>
                    ))}
                  </Group>
                )}
                <CardDetails card={c} />
              </Paper>
            ))}
          </Stack>
        )}
      </ListState>
      <AdminFormModal editing={editing} titles={{ new: t('practice.cards.add'), edit: t('practice.cards.editTitle') }} onClose={() => setEditing(null)}>
        {(e) => (
          <CardForm
            card={e.mode === 'edit' ? e.card : null}
            onDone={() => {
              setEditing(null);
              setSaved(t('practice.cards.saved'));
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </AdminFormModal>
      <AdminFormModal editing={publishing && { mode: 'edit' as const, card: publishing }} titles={{ new: t('practice.publish.title'), edit: t('practice.publish.title') }} onClose={() => setPublishing(null)}>
        {(e) => (
          <PublishForm
            card={e.card}
            onDone={() => {
              setPublishing(null);
              setSaved(t('practice.publish.done'));
            }}
            onCancel={() => setPublishing(null)}
          />
        )}
      </AdminFormModal>
    </AdminListPage>
  );
}
