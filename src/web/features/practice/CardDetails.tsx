import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CasePriority, CaseType } from '../../../common/enums.ts';
import { benchmarkFigureNames, type PolicySnapshot, type PracticeCard } from '../../api/practice.api.ts';
import { formatCount, NO_VALUE } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { casePriorityKey, caseTypeKey } from '../../i18n/keys.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { durationText } from '../admin/sla/sla-format.ts';
import { figureLabel, formatFigure } from './practice-format.ts';

/** What a practice card says and carries: summary, steps, unit set-up, SLA targets, reply texts, figures. */
export function CardDetails({ card }: { card: PracticeCard }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const figures = card.figures.figures;
  return (
    <Stack gap="xs" data-testid="card-details">
      {local(card.summary) && <Text fz="sm">{local(card.summary)}</Text>}
      {card.checklist.length > 0 && (
        <div>
          <Title order={3} fz="sm">
            {t('practice.cards.checklist')}
          </Title>
          <List type="ordered" fz="sm">
            {card.checklist.map((step, i) => (
              <List.Item key={i}>{local(step)}</List.Item>
            ))}
          </List>
        </div>
      )}
      {local(card.unitSetup) && (
        <div>
          <Title order={3} fz="sm">
            {t('practice.cards.unitSetup')}
          </Title>
          <Text fz="sm">{local(card.unitSetup)}</Text>
        </div>
      )}
      {card.policy && <TargetsTable policy={card.policy} />}
      <div>
        <Title order={3} fz="sm">
          {t('practice.cards.templates')}
        </Title>
        {card.templates.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('practice.cards.noTemplates')}
          </Text>
        ) : (
          <List fz="sm">
            {card.templates.map((tpl, i) => (
              <List.Item key={i}>
                <strong>{tpl.name}</strong>: {local(tpl.body)}
              </List.Item>
            ))}
          </List>
        )}
      </div>
      {figures && (
        <Text fz="sm" data-testid="card-figures">
          {t('practice.cards.figures', { received: formatCount(card.figures.received ?? 0, lng) })}{' '}
          {benchmarkFigureNames.map((f) => `${figureLabel(t, f)}: ${formatFigure(f, figures[f], lng)}`).join(lng === 'ar' ? '، ' : ', ')}
        </Text>
      )}
    </Stack>
  );
}

/** The SLA targets a card carries (or an adoption copied): per case type and priority. */
export function TargetsTable({ policy }: { policy: PolicySnapshot }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} fz="sm">
        {t('practice.cards.targets')}
      </Title>
      <Table fz="sm" withRowBorders={false} data-testid="card-targets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('practice.cards.caseType')}</Table.Th>
            <Table.Th>{t('practice.cards.priority')}</Table.Th>
            <Table.Th>{t('practice.cards.firstResponse')}</Table.Th>
            <Table.Th>{t('practice.cards.resolution')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policy.targets.map((x, i) => (
            <Table.Tr key={i}>
              <Table.Td>{x.caseType ? t(caseTypeKey(x.caseType as CaseType)) : t('practice.cards.any')}</Table.Td>
              <Table.Td>{x.priority ? t(casePriorityKey(x.priority as CasePriority)) : t('practice.cards.any')}</Table.Td>
              <Table.Td>{durationText(t, x.firstResponseTarget, x.unit, null)}</Table.Td>
              <Table.Td>{durationText(t, x.resolutionTarget, x.unit, null)}</Table.Td>
            </Table.Tr>
          ))}
          {policy.targets.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>{NO_VALUE}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
