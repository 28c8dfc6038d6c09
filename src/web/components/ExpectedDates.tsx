import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dueDayText } from '../../common/due-text.ts';
import type { Expectation } from '../../common/schemas/case.schema.ts';
import { formatDateTime } from '../i18n/format.ts';
import { currentLanguage } from '../i18n/i18n.ts';

/**
 * When the citizen may expect an answer: the first answer and the resolution as days on the
 * deployment's calendar ("by Sunday 20 December"), and, while the clock is paused, since when and why.
 * Shows nothing once both dates are past their use (answered and resolved).
 */
export function ExpectedDates({ expect }: { expect: Expectation | undefined }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  if (!expect || (!expect.firstAnswerBy && !expect.resolutionBy)) return null;
  const day = (iso: string) => dueDayText(iso, lng, expect.timeZone);
  const since = expect.paused ? formatDateTime(expect.paused.since, lng) : '';
  const paused = expect.paused?.reason === 'awaiting_citizen' ? t('expect.pausedForYou', { since }) : t('expect.pausedOther', { since });
  return (
    <Alert color="blue" variant="light" title={t('expect.title')} data-testid="expected-dates">
      <List spacing={4} size="sm">
        {expect.firstAnswerBy && (
          <List.Item data-testid="expect-first-answer">
            <time dateTime={expect.firstAnswerBy}>{t('expect.firstAnswerBy', { day: day(expect.firstAnswerBy) })}</time>
          </List.Item>
        )}
        {expect.resolutionBy && (
          <List.Item data-testid="expect-resolution">
            <time dateTime={expect.resolutionBy}>{t('expect.resolutionBy', { day: day(expect.resolutionBy) })}</time>
          </List.Item>
        )}
      </List>
      {expect.paused ? (
        <Text fz="sm" mt="xs" fw={600} data-testid="expect-paused">
          {paused}
        </Text>
      ) : (
        <Text fz="xs" mt="xs" c="dimmed">
          {t('expect.workingDays')}
        </Text>
      )}
    </Alert>
  );
}
