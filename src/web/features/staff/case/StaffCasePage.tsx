import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { getStaffCase } from '../../../api/cases.api.ts';
import { asApiError } from '../../../api/problem.ts';
import { runtimeConfig } from '../../../app/runtime-config.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { BackIcon } from '../../../components/icons.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { describeLocation } from '../../../i18n/describe-location.ts';
import { caseChannelKey, casePriorityKey, caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { lastInbox } from '../inbox/inbox-query.ts';
import { SlaBadge } from '../SlaBadge.tsx';
import { StaffStatusBadge } from '../StaffStatusBadge.tsx';
import { ActionPanel } from './ActionPanel.tsx';
import { LikelyDuplicates } from './LikelyDuplicates.tsx';
import { CaseAnswers } from './CaseAnswers.tsx';
import { CaseAttachments } from './CaseAttachments.tsx';
import { ContactPanel, DetailsPanel, Panel, SlaPanel } from './CasePanels.tsx';
import classes from './StaffCasePage.module.css';
import { StaffTimeline } from './StaffTimeline.tsx';
import { SuggestionPlan } from '../../track/SuggestionPlan.tsx';

// Leaflet loads only when a case with a pin is opened.
const LocationMap = lazy(() => import('../../../components/map/LocationMap.tsx'));

export const staffCaseKey = (reference: string) => ['cases', 'one', reference] as const;

/**
 * One case for staff: what was reported (description, answers, place on the map, files), the full
 * timeline with internal events marked, the SLA, the citizen's contact when the viewer may see it,
 * and the actions the viewer may take now.
 */
export function StaffCasePage() {
  const { t } = useTranslation();
  const local = useLocalized();
  const navigate = useNavigate();
  const { reference = '' } = useParams();
  usePageTitle(t('staff.case.title', { reference }));
  const queryKey = staffCaseKey(reference);
  const query = useQuery({ queryKey, queryFn: ({ signal }) => getStaffCase(reference, signal), staleTime: 0 });
  const back = (
    <Anchor component={Link} to={`/staff${lastInbox()}`} fz="sm">
      <Group gap={4} component="span">
        <BackIcon size={16} />
        {t('staff.case.back')}
      </Group>
    </Anchor>
  );
  const heading = (
    <Title order={1} fz="h2">
      {t('staff.case.heading')} <span className="ltr-code">{reference}</span>
    </Title>
  );

  if (query.isPending) return <Loading label={t('staff.case.loading')} />;
  if (query.isError) {
    const notFound = asApiError(query.error).code === 'case_not_found';
    return (
      <Stack gap="md">
        {back}
        {heading}
        {notFound ? (
          <Alert color="orange" variant="light" role="alert">
            {t('staff.case.notFound')}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }
  const item = query.data;
  const where = item.location ? describeLocation(item.location, t) : '';
  const point = item.location?.lat != null && item.location.lng != null ? { lat: item.location.lat, lng: item.location.lng } : undefined;

  return (
    <Stack gap="md" data-testid="staff-case">
      {back}
      <Group justify="space-between" align="center" gap="sm">
        {heading}
        <Group gap="xs">
          <StaffStatusBadge status={item.status} size="lg" />
          <SlaBadge state={item.slaState} size="lg" />
        </Group>
      </Group>
      <Group gap="xs">
        <Badge variant="default" tt="none">
          {t(caseTypeKey(item.type))}
        </Badge>
        <Badge variant="default" tt="none">
          {t('staff.case.priority', { priority: t(casePriorityKey(item.priority)) })}
        </Badge>
        <Badge variant="default" tt="none">
          {t(caseChannelKey(item.channel))}
        </Badge>
        <Badge variant="light" tt="none" data-testid="case-language">
          {t('caseLanguage.label', { language: item.language === 'ar' ? t('caseLanguage.ar') : t('caseLanguage.en') })}
        </Badge>
        <Text fz="sm">
          {local(item.service.name)} · {local(item.entity.name)}
        </Text>
      </Group>
      <div className={classes.grid}>
        <div className={classes.column}>
          <Panel title={t('staff.case.report')} id="report-heading">
            <Stack gap="sm">
              {item.title && (
                <Text fw={700} dir="auto">
                  {item.title}
                </Text>
              )}
              <Text className={classes.description} dir="auto" data-testid="staff-description">
                {item.description}
              </Text>
              <CaseAnswers serviceCode={item.service.code} attributes={item.attributes} />
            </Stack>
          </Panel>
          {item.plan && <SuggestionPlan plan={item.plan} status={item.status} />}
          {(where || point) && (
            <Panel title={t('staff.case.location')} id="location-heading" testId="case-location">
              <Stack gap="xs">
                {where && <Text fz="sm">{where}</Text>}
                {point && (
                  <Suspense fallback={<Loading label={t('submit.location.mapLoading')} />}>
                    <LocationMap value={point} config={runtimeConfig} label={t('staff.case.mapLabel')} />
                  </Suspense>
                )}
              </Stack>
            </Panel>
          )}
          <Panel title={t('staff.case.attachments')} id="attachments-heading">
            <CaseAttachments files={item.attachments} />
          </Panel>
          <Panel title={t('staff.case.timeline')} id="timeline-heading">
            <StaffTimeline events={item.timeline} />
          </Panel>
        </div>
        <div className={classes.column}>
          <ActionPanel
            item={item}
            queryKey={queryKey}
            onMoved={(result) => void navigate(`/staff${lastInbox()}`, { state: { moved: result.reference, to: result.entity } })}
          />
          <LikelyDuplicates item={item} queryKey={queryKey} />
          <SlaPanel item={item} />
          <ContactPanel item={item} />
          <DetailsPanel item={item} />
        </div>
      </div>
    </Stack>
  );
}
