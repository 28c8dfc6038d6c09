import { Progress, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** "Step 3 of 7 — Details" with a progress bar; the heading takes focus when the step changes. */
export function StepHeader({ index, total, title, headingRef }: { index: number; total: number; title: string; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fz="sm" c="dimmed">
        {t('submit.stepOf', { current: index + 1, total })}
      </Text>
      <Title order={2} fz="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="step-title">
        {title}
      </Title>
      <Progress value={((index + 1) / total) * 100} mt="xs" size="sm" aria-hidden="true" />
    </div>
  );
}
