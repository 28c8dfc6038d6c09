import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseExportUrl, type CaseListQuery } from '../../../api/cases.api.ts';
import { listExportJobs, requestCaseExport, type ExportJob } from '../../../api/exports.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatBytes, formatNumber, formatRelative } from '../../../i18n/format.ts';

const JOBS = ['export-jobs'] as const;
/** How many recent exports the panel shows. */
const SHOWN = 5;
const waiting = (j: ExportJob) => j.state === 'queued' || j.state === 'running';
const stateColor = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' } as const;

/**
 * The inbox's export buttons. Each asks the server first: a small list downloads at once, a large
 * one becomes a background export, shown below with a progress bar (polled every second while it
 * runs) and then its download link, beside the staff member's other recent exports. The buttons
 * keep the direct download's address, for a browser without scripts or a "save link as".
 */
export function CaseExport({ query }: { query: CaseListQuery }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const client = useQueryClient();
  const jobs = useQuery({
    queryKey: JOBS,
    queryFn: ({ signal }) => listExportJobs(signal),
    refetchInterval: (q) => (q.state.data?.items.some(waiting) ? 1000 : false),
  });
  const ask = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => requestCaseExport(format, query, lang),
    onSuccess: (answer) => {
      if (answer.mode === 'direct') window.location.assign(answer.url);
      else client.setQueryData(JOBS, (old: { items: ExportJob[] } | undefined) => ({ items: [answer.job, ...(old?.items ?? [])] }));
    },
  });
  const recent = (jobs.data?.items ?? []).slice(0, SHOWN);

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" role="group" aria-label={t('staff.inbox.export.label')} data-testid="inbox-export">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={caseExportUrl(format, query, lang)}
            download
            size="compact-sm"
            variant="default"
            loading={ask.isPending && ask.variables === format}
            onClick={(e: React.MouseEvent) => {
              e.preventDefault();
              ask.mutate(format);
            }}
            data-testid={`inbox-export-${format}`}
          >
            {format === 'csv' ? t('staff.inbox.export.csv') : t('staff.inbox.export.xlsx')}
          </Button>
        ))}
      </Group>
      {ask.isError && <ErrorAlert error={ask.error} />}
      {recent.length > 0 && (
        <Paper withBorder p="sm" w="100%" maw="24rem" component="section" aria-label={t('exportJobs.title')} data-testid="export-jobs">
          <Text fw={600} size="sm" mb="xs">
            {t('exportJobs.title')}
          </Text>
          <Stack gap="sm" role="status" aria-live="polite">
            {recent.map((job) => (
              <JobLine key={job.id} job={job} />
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** One export: its format, when it was asked, its state, a progress bar while it runs, its link once done. */
function JobLine({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const percent = job.rowsTotal ? Math.round((100 * job.rowsDone) / job.rowsTotal) : 0;
  const rows = t('exportJobs.rows', { done: formatNumber(job.rowsDone, lang), total: formatNumber(job.rowsTotal, lang) });
  return (
    <Stack gap={4} data-testid="export-job" data-state={job.state}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">
          {job.format === 'csv' ? t('staff.inbox.export.csv') : t('staff.inbox.export.xlsx')} · {formatRelative(job.createdAt, lang)}
        </Text>
        <Badge size="sm" variant="light" color={stateColor[job.state]}>
          {{ queued: t('exportJobs.state.queued'), running: t('exportJobs.state.running'), done: t('exportJobs.state.done'), failed: t('exportJobs.state.failed') }[job.state]}
        </Badge>
      </Group>
      {waiting(job) && (
        <>
          <Progress.Root data-testid="export-progress">
            <Progress.Section value={percent} animated={job.state === 'running'} aria-label={t('exportJobs.progress')} />
          </Progress.Root>
          <Text size="xs" c="dimmed">
            {rows}
          </Text>
        </>
      )}
      {job.state === 'done' && job.fileUrl && (
        <Text size="sm">
          <Anchor href={job.fileUrl} download data-testid="export-download">
            {t('exportJobs.download')}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            {rows} · {formatBytes(job.sizeBytes ?? 0, lang)}
          </Text>
        </Text>
      )}
      {job.state === 'failed' && (
        <Text size="xs" c="red">
          {t('exportJobs.failed')}
        </Text>
      )}
    </Stack>
  );
}
