import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPublicRecognition, type RecognitionPlace } from '../../api/recognition.api.ts';
import classes from '../../components/charts/figures.module.css';
import { formatCount, formatDay, formatPercent, formatScore } from '../../components/charts/figures-format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { ScorePartHeads } from '../dashboards/RankingTable.tsx';

const parts = ['resolutionCompliance', 'firstResponseCompliance', 'satisfiedShare', 'resolvedShare', 'reopenRate'] as const;

/** The excellence table of the last period that ended, per entity and per service, with the figures that earned each place. */
export function RecognitionSection() {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const q = useQuery({ queryKey: ['public', 'recognition'], queryFn: ({ signal }) => fetchPublicRecognition(signal) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Stack gap="sm">
      <Text fz="sm" data-testid="recognition-period">
        {t('stats.recognition.period', { from: formatDay(d.period.from, lng), to: formatDay(d.period.to, lng), min: formatCount(d.minCases, lng) })}
      </Text>
      <PlacesTable title={t('stats.recognition.entities')} nameHeader={t('stats.col.entity')} places={d.entities} weights={d.weights} testId="recognition-entities" />
      <PlacesTable title={t('stats.recognition.services')} nameHeader={t('stats.col.service')} places={d.services.slice(0, 10)} weights={d.weights} testId="recognition-services" />
    </Stack>
  );
}

function PlacesTable(p: { title: string; nameHeader: string; places: RecognitionPlace[]; weights: Record<string, number>; testId: string }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  return (
    <section>
      <Title order={3} fz="h5" mb="xs">
        {p.title}
      </Title>
      {p.places.length === 0 ? (
        <Text fz="sm" data-testid={`${p.testId}-empty`}>
          {t('stats.recognition.none')}
        </Text>
      ) : (
        <div className={classes.scroller}>
          <table className={classes.table} data-testid={p.testId}>
            <caption className="visually-hidden">{p.title}</caption>
            <thead>
              <tr>
                <th scope="col" className={classes.num}>
                  {t('dash.ranking.col.rank')}
                </th>
                <th scope="col">{p.nameHeader}</th>
                <th scope="col" className={classes.num}>
                  {t('dash.ranking.col.score')}
                </th>
                <ScorePartHeads weights={p.weights} />
                <th scope="col" className={classes.num}>
                  {t('stats.fig.received')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.places.map((place) => (
                <tr key={place.subject.code} data-testid="recognition-row">
                  <td className={classes.num}>{formatCount(place.rank, lng)}</td>
                  <th scope="row">{local(place.subject.name)}</th>
                  <td className={classes.num}>
                    <strong>{formatScore(place.score, lng)}</strong>
                  </td>
                  {parts.map((part) => (
                    <td key={part} className={classes.num}>
                      {formatPercent(place.parts.find((x) => x.part === part)?.value ?? null, lng)}
                    </td>
                  ))}
                  <td className={classes.num}>{formatCount(place.received, lng)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
