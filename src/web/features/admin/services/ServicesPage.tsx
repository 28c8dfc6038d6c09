import { Alert, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { normalizeArabic } from '../../../../common/arabic.ts';
import { listAdminServices } from '../../../api/admin.api.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatList } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { ActiveBadge } from '../../../components/admin/ActiveBadge.tsx';

/** The service catalogue as administrators see it: every service in scope, active or not. */
export function ServicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.services.title'));
  const local = useLocalized();
  const services = useQuery({ queryKey: ['admin', 'services'], queryFn: ({ signal }) => listAdminServices(signal) });
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const saved = (useLocation().state as { saved?: string } | null)?.saved;

  const needle = normalizeArabic(text.trim().toLowerCase());
  const groups = [...new Map((services.data ?? []).map((s) => [s.group.code, s.group])).values()];
  const shown = (services.data ?? []).filter(
    (s) =>
      (!group || s.group.code === group) &&
      (!needle || normalizeArabic(`${s.code} ${s.name.ar} ${s.name.en}`.toLowerCase()).includes(needle)),
  );

  return (
    <AdminListPage
      title={t('admin.services.title')}
      action={
        <Button component={Link} to="/staff/admin/services/new" data-testid="service-new">
          {t('admin.services.add')}
        </Button>
      }
    >
      {saved && (
        <Alert color="brand" variant="light" role="status" data-testid="service-saved">
          {t('admin.services.saved', { code: saved })}
        </Alert>
      )}
      <Group align="flex-end">
        <TextInput label={t('admin.services.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="service-search" />
        <NativeSelect
          label={t('admin.services.group')}
          value={group}
          onChange={(e) => setGroup(e.currentTarget.value)}
          data={[{ value: '', label: t('admin.services.allGroups') }, ...groups.map((g) => ({ value: g.code, label: local(g.name) }))]}
        />
      </Group>
      <ListState query={services} isEmpty={() => shown.length === 0} empty={t('admin.services.empty')}>
        {() => (
          <AdminTable
            minWidth={640}
            head={[t('admin.services.name'), t('admin.services.group'), t('admin.services.owner'), t('admin.services.types'), t('admin.services.questions'), t('admin.status')]}
          >
            {shown.map((s) => (
              <Table.Tr key={s.code} data-testid="service-row" data-code={s.code}>
                <Table.Td>
                  <Link to={`/staff/admin/services/${s.code}`}>{local(s.name)}</Link>
                  <Text fz="xs" c="dimmed" dir="ltr">
                    {s.code}
                  </Text>
                </Table.Td>
                <Table.Td>{local(s.group.name)}</Table.Td>
                <Table.Td>{local(s.entity.name)}</Table.Td>
                <Table.Td>{formatList(s.types.map((type) => t(caseTypeKey(type))), currentLanguage(), 'unit')}</Table.Td>
                <Table.Td>{s.attributes.length}</Table.Td>
                <Table.Td>
                  <ActiveBadge active={s.active} />
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        )}
      </ListState>
    </AdminListPage>
  );
}
