import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kpiExportUrl, type KpiReportName } from '../../api/kpi.api.ts';
import { FileIcon } from '../../components/icons.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';

/** Downloads of the report on screen (same query), as CSV or Excel, in the language shown. */
export function ExportLinks({ report, params, label }: { report: KpiReportName; params: Record<string, string | undefined>; label: string }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  return (
    <Group gap="xs" role="group" aria-label={t('dash.export.label', { report: label })} data-testid={`export-${report}`}>
      {(['csv', 'xlsx'] as const).map((format) => {
        const text = format === 'csv' ? t('dash.export.csv') : t('dash.export.xlsx');
        return (
          <Button
            key={format}
            component="a"
            href={kpiExportUrl(report, format, params, lng)}
            download
            size="compact-sm"
            variant="default"
            leftSection={<FileIcon size={14} />}
            aria-label={t('dash.export.file', { report: label, format: text })}
            data-testid={`export-${report}-${format}`}
          >
            {text}
          </Button>
        );
      })}
    </Group>
  );
}
