import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { openDataUrl, type MonthPeriod } from '../../api/kpi.api.ts';
import classes from '../../components/charts/figures.module.css';
import { ScrollRegion } from '../../components/charts/ScrollRegion.tsx';
import { FileIcon } from '../../components/icons.tsx';

/** The open-data downloads and what their columns mean (schema tawasul-open-data, version 1). */
export function OpenDataSection({ period }: { period: MonthPeriod }) {
  const { t } = useTranslation();
  const columns: [string, string][] = [
    ['month', t('stats.openData.col.month')],
    ['entity_code, entity_name_ar, entity_name_en', t('stats.openData.col.entity')],
    ['service_code, service_name_ar, service_name_en', t('stats.openData.col.service')],
    ['received, resolved, closed, rejected, open', t('stats.openData.col.counts')],
    ['resolution_met, resolution_late', t('stats.openData.col.resolution')],
    ['first_response_met, first_response_late', t('stats.openData.col.firstResponse')],
    ['rated, rated_satisfied', t('stats.openData.col.ratings')],
    ['reopened, transferred', t('stats.openData.col.reopenedTransferred')],
    [
      'resolved_share, resolution_compliance, first_response_compliance, mean_rating, satisfied_share, survey_response_rate',
      t('stats.openData.col.rates'),
    ],
  ];
  return (
    <Stack gap="sm">
      <Text fz="sm">{t('stats.openData.intro')}</Text>
      <Group gap="sm">
        <Button component="a" href={openDataUrl('csv', period)} download variant="filled" leftSection={<FileIcon size={16} />} data-testid="open-data-csv">
          {t('stats.openData.csv')}
        </Button>
        <Button component="a" href={openDataUrl('json', period)} variant="outline" leftSection={<FileIcon size={16} />} data-testid="open-data-json">
          {t('stats.openData.json')}
        </Button>
      </Group>
      <Text fz="sm">{t('stats.openData.schema')}</Text>
      <ScrollRegion label={t('stats.openData.schemaCaption')}>
        <table className={classes.table} data-testid="open-data-schema">
          <caption className="visually-hidden">{t('stats.openData.schemaCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.openData.colColumns')}</th>
              <th scope="col">{t('stats.openData.colMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map(([names, meaning]) => (
              <tr key={names}>
                <td className="ltr-code" style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
                  {names}
                </td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Stack>
  );
}
