import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { asApiError } from '../../api/problem.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CaseFacts } from './CaseFacts.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TrackLookupForm } from './TrackLookupForm.tsx';
import { useTrackedCase } from './use-tracked-case.ts';

/**
 * One case by reference and tracking token (the receipt's link): status, service, entity, dates
 * and the public timeline. The citizen's own actions (reply, rate, reopen) will sit under the
 * timeline once their API lands.
 */
export function TrackPage() {
  const { t } = useTranslation();
  const { reference = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token');
  usePageTitle(t('track.caseTitle', { reference }));
  const query = useTrackedCase(reference, token);

  const heading = (
    <Title order={1} fz="h2">
      {t('track.caseHeading')}{' '}
      <span className="ltr-code">{reference}</span>
    </Title>
  );
  if (!token) {
    return (
      <Stack gap="md">
        {heading}
        <Text>{t('track.needToken')}</Text>
        <Paper withBorder p="lg">
          <TrackLookupForm initialReference={reference} />
        </Paper>
      </Stack>
    );
  }
  if (query.isPending) return <Loading label={t('track.loading')} />;
  if (query.isError) {
    const notFound = asApiError(query.error).code === 'case_not_found';
    return (
      <Stack gap="md">
        {heading}
        {notFound ? (
          <Alert color="orange" variant="light" role="alert">
            {t('error.case_not_found')}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <Paper withBorder p="lg">
          <TrackLookupForm initialReference={reference} />
        </Paper>
      </Stack>
    );
  }
  const item = query.data;
  return (
    <Stack gap="md" data-testid="tracked-case">
      <Group justify="space-between" align="center">
        {heading}
        <StatusBadge status={item.status} />
      </Group>
      <Paper withBorder p="lg">
        <Stack gap="md">
          {item.title && (
            <Title order={2} fz="h4" dir="auto">
              {item.title}
            </Title>
          )}
          <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto" data-testid="description">
            {item.description}
          </Text>
          <CaseFacts item={item} token={token} />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="timeline-heading">
        <Title order={2} fz="h4" id="timeline-heading" mb="sm">
          {t('track.timeline')}
        </Title>
        <CaseTimeline events={item.timeline} />
      </Paper>
    </Stack>
  );
}
