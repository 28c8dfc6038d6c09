import { Badge, Button, Group, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCalendars, listPolicies, type SlaPolicy, type SlaTarget, type WorkCalendar } from '../../../api/admin-sla.api.ts';
import { AdminListPage, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatList } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { casePriorityKey, caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { SavedNotice } from '../../../components/admin/admin-feedback.tsx';
import { DataTable, dataTableClasses } from '../../../components/table/DataTable.tsx';
import { PolicyForm } from './PolicyForm.tsx';
import { durationText, workingDayLength } from './sla-format.ts';
import { escalationRoleLabel } from '../../../i18n/labels/sla.labels.ts';

/** The cases a target applies to: "Complaint · Urgent", "Any type · any priority". */
function targetScope(t: TFunction, target: SlaTarget): string {
  const type = target.caseType ? t(caseTypeKey(target.caseType)) : t('slaAdmin.policy.target.anyType');
  const priority = target.priority ? t(casePriorityKey(target.priority)) : t('slaAdmin.policy.target.anyPriority');
  return `${type} · ${priority}`;
}

/** The ladder in a line: "75%: Assignee · 100%: Supervisor (level 1)". */
function ladderText(t: TFunction, policy: SlaPolicy): string {
  return policy.steps
    .map((s) => {
      const who = formatList(
        s.notifyRoles.map((r) => escalationRoleLabel(t, r)),
        currentLanguage(),
      );
      const step = t('slaAdmin.list.step', { percent: s.atPercent, who: who || t('slaAdmin.list.nobody') });
      return s.raiseLevelTo === null ? step : `${step} ${t('slaAdmin.list.toLevel', { level: s.raiseLevelTo })}`;
    })
    .join(' · ');
}

function PolicyTable({ policies, calendars, onEdit }: { policies: SlaPolicy[]; calendars: WorkCalendar[]; onEdit: (p: SlaPolicy) => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <DataTable
      caption={t('slaAdmin.list.caption')}
      testId="policy-table"
      columns={[t('slaAdmin.list.policy'), t('slaAdmin.list.calendar'), t('slaAdmin.list.targets'), t('slaAdmin.list.escalation')]}
      actions={t('slaAdmin.list.actions')}
    >
      <tbody>
        {policies.map((p) => {
          const calendar = calendars.find((c) => c.code === p.calendarCode);
          const dayLength = workingDayLength(calendar?.week);
          return (
            <tr key={p.code} data-testid="policy-row" data-code={p.code}>
              <td>
                <Text fw={700} fz="sm">
                  {local(p.name)}
                </Text>
                <Group gap={6}>
                  <Text fz="xs" c="dimmed" className="ltr-code">
                    {p.code}
                  </Text>
                  {p.isDefault && (
                    <Badge size="sm" variant="light" tt="none" data-testid="policy-default">
                      {t('slaAdmin.list.default')}
                    </Badge>
                  )}
                </Group>
              </td>
              <td>{calendar ? local(calendar.name) : (p.calendarCode ?? '—')}</td>
              <td className={dataTableClasses.wide}>
                <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
                  {p.targets.map((target) => (
                    <List.Item key={`${target.caseType}/${target.priority}`}>
                      <Text component="span" fz="sm" fw={600}>
                        {targetScope(t, target)}:
                      </Text>{' '}
                      {t('slaAdmin.list.target', {
                        first: durationText(t, target.firstResponseTarget, target.unit, dayLength),
                        resolution: durationText(t, target.resolutionTarget, target.unit, dayLength),
                      })}
                    </List.Item>
                  ))}
                </List>
              </td>
              <td>
                <Text fz="sm">{p.steps.length ? ladderText(t, p) : t('slaAdmin.list.noSteps')}</Text>
              </td>
              <td className={dataTableClasses.nowrap}>
                <Button variant="outline" size="compact-sm" onClick={() => onEdit(p)} aria-label={t('slaAdmin.list.editLabel', { name: local(p.name) })} data-testid="policy-edit">
                  {t('slaAdmin.list.edit')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/**
 * SLA policies for the national coordinator: each policy's calendar and targets in working days
 * or hours, its escalation ladder, and a form to create or change one.
 */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('slaAdmin.policies.title'));
  const local = useLocalized();
  const policies = useQuery({ queryKey: ['admin', 'sla-policies'], queryFn: ({ signal }) => listPolicies(signal) });
  const calendars = useQuery({ queryKey: ['admin', 'calendars'], queryFn: ({ signal }) => listCalendars(signal) });
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const failed = policies.error ?? calendars.error;
  const bothAgain = () => Promise.all([policies.refetch(), calendars.refetch()]);
  const open = (p: SlaPolicy | 'new') => {
    setSaved(null);
    setEditing(p);
  };
  const savedName = (code: string) => {
    const p = policies.data?.find((x) => x.code === code);
    return p ? local(p.name) : code;
  };

  return (
    <AdminListPage
      title={t('slaAdmin.policies.title')}
      intro={t('slaAdmin.policies.intro')}
      action={
        !failed && (
          <Button ref={newButton} onClick={() => open('new')} disabled={!calendars.data || editing === 'new'} data-testid="policy-new">
            {t('slaAdmin.policies.new')}
          </Button>
        )
      }
    >
      {saved && <SavedNotice onClose={() => setSaved(null)}>{t('slaAdmin.policies.saved', { name: savedName(saved) })}</SavedNotice>}
      {editing && calendars.data && (
        <PolicyForm
          key={editing === 'new' ? 'new' : editing.code}
          policy={editing === 'new' ? null : editing}
          calendars={calendars.data}
          onSaved={(code) => {
            setEditing(null);
            setSaved(code);
          }}
          onCancel={() => {
            setEditing(null);
            newButton.current?.focus();
          }}
        />
      )}
      <ListState
        query={{ data: policies.data && calendars.data ? { policies: policies.data, calendars: calendars.data } : undefined, error: failed, refetch: bothAgain }}
        isEmpty={(d) => d.policies.length === 0}
        empty={t('slaAdmin.policies.empty')}
        emptyTestId="policy-empty"
        loadingLabel={t('slaAdmin.policies.loading')}
        forbiddenTitle={t('slaAdmin.notAllowed')}
      >
        {(d) => <PolicyTable policies={d.policies} calendars={d.calendars} onEdit={open} />}
      </ListState>
    </AdminListPage>
  );
}
