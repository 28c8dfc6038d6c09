import { NativeSelect, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../common/enums.ts';
import { fetchPublicMap, type MonthPeriod } from '../../api/kpi.api.ts';
import { runtimeConfig } from '../../app/runtime-config.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { formatCount } from '../charts/figures-format.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { Loading } from '../Loading.tsx';
import classes from './CasesMapSection.module.css';

const CasesGridMap = lazy(() => import('./CasesGridMap.tsx'));

interface Props {
  /** The services one may narrow the map to. */
  services: { code: string; name: Bilingual }[];
  period: MonthPeriod;
}

/**
 * Where cases come from (GET /api/v1/public/map): the grid cells as circles on the map, a service
 * filter, how many cases have no location or sit in cells too small to show, and the busiest
 * cells as a table (the map's text alternative).
 */
export function CasesMapSection({ services, period }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const [service, setService] = useState('');
  const map = useQuery({
    queryKey: ['public', 'map', period, service],
    queryFn: ({ signal }) => fetchPublicMap(period, service || undefined, signal),
    placeholderData: keepPreviousData,
  });
  const cells = map.data?.cells ?? [];
  const busiest = [...cells].sort((a, b) => b.count - a.count).slice(0, 10);
  const n = (v: number) => formatCount(v, lng);

  return (
    <Stack gap="sm" data-testid="cases-map-section">
      <NativeSelect
        label={t('stats.map.serviceLabel')}
        value={service}
        onChange={(e) => setService(e.currentTarget.value)}
        data={[{ value: '', label: t('stats.map.allServices') }, ...services.map((s) => ({ value: s.code, label: local(s.name) }))]}
        maw={420}
        data-testid="map-service"
      />
      {map.isPending ? (
        <Loading />
      ) : map.isError ? (
        <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />
      ) : (
        <>
          <Text fz="sm" role="status" aria-live="polite" data-testid="map-summary">
            {t('stats.map.summary', { located: n(map.data.located), received: n(map.data.received), cells: n(cells.length) })}
          </Text>
          <Suspense fallback={<Loading />}>
            <CasesGridMap
              cells={cells}
              config={runtimeConfig}
              label={t('stats.map.label')}
              describe={(c) => t('stats.map.cell', { count: c.count, value: n(c.count) })}
            />
          </Suspense>
          <Text fz="xs" c="dimmed">
            {t('stats.map.privacy', { minimum: n(map.data.minimumCount), suppressed: n(map.data.suppressed) })}
          </Text>
          {busiest.length === 0 ? (
            <Text fz="sm">{t('stats.map.empty')}</Text>
          ) : (
            <details className={classes.details}>
              <summary>{t('stats.map.tableToggle')}</summary>
              <div className={classes.scroller} tabIndex={0} role="region" aria-label={t('stats.map.tableCaption')}>
                <table className={classes.table} data-testid="map-table">
                  <caption className="visually-hidden">{t('stats.map.tableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('stats.map.col.lat')}</th>
                      <th scope="col">{t('stats.map.col.lng')}</th>
                      <th scope="col">{t('stats.map.col.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {busiest.map((c) => (
                      <tr key={`${c.lat},${c.lng}`}>
                        <td className="ltr-code">{c.lat.toFixed(3)}</td>
                        <td className="ltr-code">{c.lng.toFixed(3)}</td>
                        <td>{n(c.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
        </>
      )}
    </Stack>
  );
}
