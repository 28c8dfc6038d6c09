import { Badge, Checkbox, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListItem } from '../../../api/cases.api.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { caseChannelKey, casePriorityKey, caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { DueTime, SlaBadge } from '../SlaBadge.tsx';
import { StaffStatusBadge } from '../StaffStatusBadge.tsx';
import { DataTable, dataTableClasses } from '../../../components/table/DataTable.tsx';
import classes from './CaseTable.module.css';
import { useListKeys } from './useListKeys.ts';
import type { BulkSelection } from '../bulk/useBulkSelection.ts';

/**
 * The inbox as a table: one row a case, its reference a link; J/K or the arrow keys move between rows.
 * Given a selection, each row starts with a checkbox for bulk work and the header's selects them all.
 */
export function CaseTable({ items, selection }: { items: CaseListItem[]; selection?: BulkSelection }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const listRef = useRef<HTMLTableSectionElement>(null);
  useListKeys(listRef);
  return (
    <DataTable caption={t('staff.inbox.tableCaption')} testId="inbox-table">
      <thead>
        <tr>
          {selection && (
            <th scope="col" className={classes.pick}>
              <Checkbox
                aria-label={t('bulk.selectAll')}
                checked={selection.all}
                indeterminate={!selection.all && selection.items.length > 0}
                onChange={selection.toggleAll}
                data-testid="select-all"
              />
            </th>
          )}
          <th scope="col">{t('staff.inbox.col.reference')}</th>
          <th scope="col">{t('staff.inbox.col.subject')}</th>
          <th scope="col">{t('staff.inbox.col.status')}</th>
          <th scope="col">{t('staff.inbox.col.sla')}</th>
          <th scope="col" className={classes.wideOnly}>
            {t('staff.inbox.col.assignee')}
          </th>
          <th scope="col" className={classes.wideOnly}>
            {t('staff.inbox.col.created')}
          </th>
        </tr>
      </thead>
      <tbody ref={listRef}>
        {items.map((c) => (
          <tr key={c.reference} className={classes.row} data-row data-testid="inbox-row">
            {selection && (
              <td className={classes.pick}>
                <Checkbox
                  aria-label={t('bulk.selectCase', { reference: c.reference })}
                  checked={selection.isSelected(c.reference)}
                  onChange={() => selection.toggle(c.reference)}
                  data-testid="select-case"
                />
              </td>
            )}
            <td className={dataTableClasses.nowrap}>
              <Link to={`/staff/cases/${c.reference}`} className={`${classes.link} ltr-code`} data-row-link>
                {c.reference}
              </Link>
              <Text fz="xs" c="dimmed">
                {t(caseTypeKey(c.type))} · {t(caseChannelKey(c.channel))}
              </Text>
            </td>
            <td className={classes.subject}>
              <Text fz="sm" lineClamp={2} dir="auto">
                {c.title ?? c.excerpt}
              </Text>
              <Text fz="xs" c="dimmed">
                {local(c.service.name)} · {local(c.entity.name)}
              </Text>
              {/* On a tablet the assignee and the date join the subject instead of columns of their own. */}
              <div className={classes.narrowOnly}>
                <Text fz="xs" c="dimmed">
                  {c.assignee ? c.assignee.name : t('staff.inbox.unassigned')} · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lng)}</time>
                </Text>
              </div>
            </td>
            <td className={dataTableClasses.nowrap}>
              <Stack gap={4} align="flex-start">
                <StaffStatusBadge status={c.status} size="sm" />
                {(c.priority === 'high' || c.priority === 'urgent') && (
                  <Badge color={c.priority === 'urgent' ? 'red.9' : '#b23c07'} variant="outline" size="sm" tt="none">
                    {t(casePriorityKey(c.priority))}
                  </Badge>
                )}
              </Stack>
            </td>
            <td className={dataTableClasses.nowrap}>
              <Stack gap={2} align="flex-start">
                <SlaBadge state={c.slaState} size="sm" />
                <DueTime iso={c.resolutionDueAt} state={c.slaState} />
              </Stack>
            </td>
            <td className={classes.wideOnly}>
              {c.assignee ? (
                <Text fz="sm">{c.assignee.name}</Text>
              ) : (
                <Text fz="sm" c="dimmed">
                  {t('staff.inbox.unassigned')}
                </Text>
              )}
            </td>
            <td className={`${dataTableClasses.nowrap} ${classes.wideOnly}`}>
              <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lng)}</time>
            </td>
          </tr>
        ))}
      </tbody>
      </DataTable>
  );
}
