import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { asApiError } from '../../api/problem.ts';
import { useSession } from '../../auth/useSession.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CaseFacts } from './CaseFacts.tsx';
import { ExpectedDates } from '../../components/ExpectedDates.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { CitizenActions } from './CitizenActions.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { SuggestionPlan } from './SuggestionPlan.tsx';
import { TrackLookupForm } from './TrackLookupForm.tsx';
import { citizenCaseKey, useTrackedCase } from './useTrackedCase.ts';

/**
 * One case as its citizen sees it — by the receipt's link (reference and tracking token) or, signed
 * in, by reference alone: status, service, entity, dates, the public timeline, and below it what
 * the citizen may do now (reply, rate, reopen), as the case's `allowedActions` say.
 */
export function TrackPage() {
  const { t } = useTranslation();
  const { reference = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token');
  const session = useSession();
  const signedIn = session.data?.user.kind === 'citizen';
  const staff = session.data?.user.kind === 'staff';
  usePageTitle(t('track.caseTitle', { reference }));
  // Staff signed in here would get the staff view of the case: send them to the workspace instead.
  const query = useTrackedCase(reference, staff ? null : token, signedIn);
  // The citizen's reply just sent: focus moves to it in the conversation.
  const [focusEvent, setFocusEvent] = useState<number | null>(null);

  const heading = (
    <Title order={1} fz="h2">
      {t('track.caseHeading')}{' '}
      <span className="ltr-code">{reference}</span>
    </Title>
  );
  if (session.isPending && !token) return <Loading label={t('track.loading')} />;
  if (staff) {
    return (
      <Stack gap="md">
        {heading}
        <Alert color="brand" variant="light">
          {t('track.staffNotice')}{' '}
          <Anchor component={Link} to={`/staff/cases/${reference}`}>
            {t('nav.staff')}
          </Anchor>
        </Alert>
      </Stack>
    );
  }
  if (!token && !signedIn) {
    return (
      <Stack gap="md">
        {heading}
        <Text>{t('track.needToken')}</Text>
        <Paper withBorder p="lg">
          <TrackLookupForm initialReference={reference} />
        </Paper>
        <Text fz="sm">
          <Anchor component={Link} to={`/signin?next=${encodeURIComponent(`/track/${reference}`)}`}>
            {t('track.signInInstead')}
          </Anchor>
        </Text>
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
      {item.mergedInto && (
        <Alert color="gray" variant="light">
          {t('track.mergedInto')} <span className="ltr-code">{item.mergedInto}</span>
        </Alert>
      )}
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
      {item.plan && <SuggestionPlan plan={item.plan} status={item.status} />}
      <ExpectedDates expect={item.expect} />
      <Paper withBorder p="lg" component="section" aria-labelledby="timeline-heading">
        <Title order={2} fz="h4" id="timeline-heading" mb="sm">
          {t('track.timeline')}
        </Title>
        <CaseTimeline events={item.timeline} attachments={item.attachments} token={token} focusId={focusEvent} />
      </Paper>
      <CitizenActions item={item} token={token} queryKey={citizenCaseKey(reference, token)} onReplied={setFocusEvent} />
    </Stack>
  );
}
