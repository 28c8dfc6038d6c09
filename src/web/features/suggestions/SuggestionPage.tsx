import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CostBand } from '../../../common/enums.ts';
import { fetchPublicSuggestion, supportSuggestion, type PublicSuggestion } from '../../api/public-suggestions.api.ts';
import { useSession } from '../../auth/useSession.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { costBandLabel } from '../../i18n/labels/staff.labels.ts';
import { suggestionStateLabel } from '../../i18n/labels/suggestions.labels.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** The entity's structured answer: none yet, or its state with the plan once accepted. */
function Answer({ item }: { item: PublicSuggestion }) {
  const { t } = useTranslation();
  const { answer } = item;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="answer-title" data-testid="suggestion-answer">
      <Title order={2} fz="h4" id="answer-title">
        {t('suggestions.detail.answer')}
      </Title>
      {answer.answeredAt === null && answer.plan === null ? (
        <Text mt="xs">{t('suggestions.detail.noAnswer')}</Text>
      ) : (
        <Stack gap={4} mt="xs">
          {answer.answeredAt && (
            <Text fz="sm">
              {t('suggestions.detail.answeredAt')} <DualDate iso={answer.answeredAt} withTime={false} />
            </Text>
          )}
          {answer.plan?.text && (
            <Text data-testid="answer-plan" dir="auto">
              <strong>{t('suggestions.detail.plan')}:</strong> {answer.plan.text}
            </Text>
          )}
          {answer.plan?.costBand && (
            <Text fz="sm">
              {t('suggestions.detail.costBand')}: {costBandLabel(t, answer.plan.costBand as CostBand)}
            </Text>
          )}
          {answer.plan?.targetDate && (
            <Text fz="sm">
              {t('suggestions.detail.targetDate')}: <DualDate iso={answer.plan.targetDate} withTime={false} />
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** Support: once, by a citizen signed in with a one-time code; anyone else is offered the sign-in, and comes back here. */
function SupportAction({ item }: { item: PublicSuggestion }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const client = useQueryClient();
  const support = useMutation({
    mutationFn: () => supportSuggestion(item.id),
    // The answer says what changed; a refetch could be served from the anonymous visitor's cached copy.
    onSuccess: (done) => client.setQueryData<PublicSuggestion>(['public-suggestion', item.id], (old) => (old ? { ...old, supportCount: done.supportCount, supportedByMe: true } : old)),
  });
  if (session.isPending) return <Loading />;
  const user = session.data?.user;
  if (user?.kind === 'staff') return <Text c="dimmed">{t('suggestions.detail.staffCannot')}</Text>;
  if (item.supportedByMe) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="supported">
        {t('suggestions.detail.supported')}
      </Alert>
    );
  }
  if (!user) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text fz="sm">{t('suggestions.detail.signInNote')}</Text>
        <Button component={Link} to={`/signin?next=${encodeURIComponent(location.pathname)}`} variant="outline" data-testid="sign-in-to-support">
          {t('suggestions.detail.signInToSupport')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text fz="sm">{t('suggestions.detail.signInNote')}</Text>
      <Button onClick={() => support.mutate()} loading={support.isPending} data-testid="support">
        {t('suggestions.detail.support')}
      </Button>
      {support.isError && <ErrorAlert error={support.error} />}
    </Stack>
  );
}

/** One published suggestion: its reviewed text, where it is, its supporters and threshold, the entity's answer. */
export function SuggestionPage() {
  const { t } = useTranslation();
  const local = useLocalized();
  usePageTitle(t('suggestions.detail.title'));
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: ['public-suggestion', id], queryFn: ({ signal }) => fetchPublicSuggestion(id, signal), enabled: Number.isInteger(id) && id > 0 });
  if (query.isPending) return <Loading label={t('suggestions.detail.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const item = query.data;
  const threshold = item.threshold;
  return (
    <Stack gap="lg" data-testid="public-suggestion">
      <Anchor component={Link} to="/suggestions" fz="sm">
        {t('suggestions.detail.back')}
      </Anchor>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={1} fz="h2">
            {t('suggestions.detail.title')}
          </Title>
          <Badge size="lg" variant="light" data-testid="suggestion-state">
            {suggestionStateLabel(t, item.state)}
          </Badge>
        </Group>
        <Text fz="lg" dir="auto" data-testid="suggestion-text" style={{ whiteSpace: 'pre-wrap' }}>
          {item.text}
        </Text>
        <Text fz="sm">
          {local(item.entity.name)} · {local(item.service.name)}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('suggestions.detail.published')} <DualDate iso={item.publishedAt} withTime={false} />
        </Text>
      </Stack>
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text fw={700} data-testid="support-count">
            {t('suggestions.supporters', { count: item.supportCount })}
          </Text>
          {threshold && !threshold.crossedAt && <Text fz="sm">{t('suggestions.detail.threshold', { required: threshold.required })}</Text>}
          {threshold?.answerDueAt && (
            <Text fz="sm" data-testid="answer-due">
              {t('suggestions.detail.crossed')} <DualDate iso={threshold.answerDueAt} />
            </Text>
          )}
          {threshold?.overdue && (
            <Text fz="sm" c="red.8" fw={700} data-testid="answer-overdue">
              {t('suggestions.detail.overdue')}
            </Text>
          )}
          <SupportAction item={item} />
        </Stack>
      </Card>
      <Answer item={item} />
    </Stack>
  );
}
