import { Text } from '@mantine/core';
import { currentLanguage } from '../i18n/i18n.ts';
import { formatDualDate } from '../i18n/format.ts';
import { useTranslation } from 'react-i18next';

/** A date in the Gregorian calendar with the Hijri (Umm al-Qura) date beside it. */
export function DualDate({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const { t } = useTranslation();
  const { gregorian, hijri } = formatDualDate(iso, currentLanguage(), withTime);
  return (
    <span>
      <time dateTime={iso}>{gregorian}</time>{' '}
      <Text component="span" c="dimmed" fz="sm">
        {t('common.hijriDate', { date: hijri })}
      </Text>
    </span>
  );
}
