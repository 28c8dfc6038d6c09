import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../common/enums.ts';
import type { CitizenCase } from '../../api/cases.api.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { caseStatusKey } from '../../i18n/keys.ts';
import { costBandLabel } from '../../i18n/labels/staff.labels.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

type Plan = NonNullable<CitizenCase['plan']>;

/**
 * An accepted suggestion's plan, shown alike on the staff case page and the citizen's tracking page:
 * its state (in the one wording both read), the planned action, the unit that owns it, the cost
 * band and the target date (marked overdue once passed unimplemented), and, once implemented, what
 * was done.
 */
export function SuggestionPlan({ plan, status }: { plan: Plan; status: CaseStatus }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-heading" data-testid="suggestion-plan">
      <Group justify="space-between" align="center" mb="xs">
        <Title order={2} fz="h5" id="plan-heading">
          {t('casePlan.title')}
        </Title>
        <Badge variant="light" tt="none" data-testid="plan-state">
          {t(caseStatusKey(status))}
        </Badge>
      </Group>
      <Stack gap={6}>
        <Text dir="auto" data-testid="plan-action">
          <strong>{t('casePlan.action')}:</strong> {plan.action}
        </Text>
        <Text fz="sm" data-testid="plan-owner">
          {t('casePlan.owner')}: {local(plan.ownerUnit.name)}
        </Text>
        <Text fz="sm" data-testid="plan-cost">
          {t('casePlan.costBand')}: {costBandLabel(t, plan.costBand)}
        </Text>
        <Group gap="xs" data-testid="plan-target">
          <Text fz="sm">
            {t('casePlan.targetDate')}: <DualDate iso={plan.targetDate} withTime={false} />
          </Text>
          {plan.overdue && (
            <Badge color="red.9" variant="filled" tt="none" data-testid="plan-overdue">
              {t('casePlan.overdue')}
            </Badge>
          )}
        </Group>
        <Text fz="sm">
          {t('casePlan.acceptedAt')}: <DualDate iso={plan.acceptedAt} withTime={false} />
        </Text>
        {plan.implementedAt && (
          <Stack gap={4} data-testid="plan-done">
            <Text fz="sm">
              {t('casePlan.implementedAt')}: <DualDate iso={plan.implementedAt} withTime={false} />
            </Text>
            {plan.outcome && (
              <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{t('casePlan.outcome')}:</strong> {plan.outcome}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
