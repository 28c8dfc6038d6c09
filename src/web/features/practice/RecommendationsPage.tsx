import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adoptCard, listRecommendations, type Adoption, type Recommendation } from '../../api/practice.api.ts';
import { useStaffUser } from '../../auth/useStaffUser.tsx';
import { AdminListPage, ListState } from '../../components/admin/AdminListPage.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormMutation } from '../../components/form/useFormMutation.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { CardDetails, TargetsTable } from './CardDetails.tsx';
import { usePracticeRights } from './practice-access.ts';

/**
 * The cards the ministry recommended to the person's entity. Its administrator adopts one in a
 * single step (after confirming): the entity's SLA targets and reply texts for the service become
 * the card's, and the result is shown with a way to the before/after view.
 */
export function RecommendationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.recommendations.title'));
  const user = useStaffUser();
  const rights = usePracticeRights(user);
  const list = useQuery({ queryKey: ['practice', 'recommendations'], queryFn: ({ signal }) => listRecommendations(signal) });
  const [confirming, setConfirming] = useState<Recommendation | null>(null);
  const [adopted, setAdopted] = useState<Adoption | null>(null);
  const local = useLocalized();
  const lng = currentLanguage();

  return (
    <AdminListPage title={t('practice.recommendations.title')} intro={t('practice.recommendations.intro')}>
      {adopted && <AdoptedResult adoption={adopted} onClose={() => setAdopted(null)} />}
      <ListState query={list} isEmpty={(l) => l.length === 0} empty={t('practice.recommendations.empty')} emptyTestId="recommendations-empty" loadingLabel={t('practice.loading')}>
        {(items) => (
          <Stack gap="md">
            {items.map((r) => (
              <Paper key={r.card.id} withBorder p="md" data-testid="recommendation" data-id={r.card.id}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <div>
                    <Title order={2} fz="h4">
                      {local(r.card.title)}
                    </Title>
                    <Text fz="sm" c="dimmed">
                      {t('practice.recommendations.from', { entity: local(r.card.entity.name), service: local(r.card.service.name), at: formatDateTime(r.publishedAt, lng) })}
                    </Text>
                  </div>
                  {r.adoptionId !== null ? (
                    <Group gap="xs">
                      <Badge color="green" data-testid="recommendation-adopted">
                        {t('practice.recommendations.adopted')}
                      </Badge>
                      <Button component={Link} to={`/staff/practice/adoptions/${r.adoptionId}`} size="compact-sm" variant="subtle">
                        {t('practice.adoptions.open')}
                      </Button>
                    </Group>
                  ) : (
                    rights.adopt && (
                      <Button onClick={() => setConfirming(r)} data-testid="recommendation-adopt">
                        {t('practice.recommendations.adopt')}
                      </Button>
                    )
                  )}
                </Group>
                {local(r.note) && <Text fz="sm" mt="xs">{local(r.note)}</Text>}
                <CardDetails card={r.card} />
              </Paper>
            ))}
          </Stack>
        )}
      </ListState>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('practice.adopt.title')}
        closeButtonProps={{ 'aria-label': t('admin.close') }}
      >
        {confirming && (
          <AdoptConfirm
            recommendation={confirming}
            onCancel={() => setConfirming(null)}
            onDone={(a) => {
              setConfirming(null);
              setAdopted(a);
            }}
          />
        )}
      </Modal>
    </AdminListPage>
  );
}

function AdoptConfirm({ recommendation, onCancel, onDone }: { recommendation: Recommendation; onCancel: () => void; onDone: (a: Adoption) => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const { mutation, generalError } = useFormMutation(() => adoptCard(recommendation.card.id), { invalidate: [['practice']], onDone });
  return (
    <Stack gap="sm" data-testid="adopt-confirm">
      <Text fz="sm">{t('practice.adopt.explain', { title: local(recommendation.card.title), service: local(recommendation.card.service.name) })}</Text>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Group>
        <Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending} data-testid="adopt-confirm-yes">
          {t('practice.adopt.confirm')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('admin.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What an adoption changed: the targets now in force and the reply texts, with the way to its before/after view. */
function AdoptedResult({ adoption, onClose }: { adoption: Adoption; onClose: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <Alert color="green" variant="light" role="status" withCloseButton onClose={onClose} closeButtonLabel={t('common.dismiss')} title={t('practice.adopt.doneTitle')} data-testid="adopt-result">
      <Stack gap="xs">
        <Text fz="sm">
          {t('practice.adopt.done', { title: local(adoption.card.title), service: local(adoption.service.name), n: adoption.copied.templates.length })}
        </Text>
        <TargetsTable policy={adoption.copied.policy} />
        <Button component={Link} to={`/staff/practice/adoptions/${adoption.id}`} size="compact-sm" w="fit-content" data-testid="adopt-result-open">
          {t('practice.adoptions.open')}
        </Button>
      </Stack>
    </Alert>
  );
}
