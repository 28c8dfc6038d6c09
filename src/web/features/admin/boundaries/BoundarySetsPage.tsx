import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activateBoundarySet, listBoundarySets, type BoundarySet } from '../../../api/places.api.ts';
import { ActiveBadge } from '../../../components/admin/ActiveBadge.tsx';
import { SavedNotice } from '../../../components/admin/admin-feedback.tsx';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { BoundaryImport } from './BoundaryImport.tsx';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * The boundary sets: each version with its source and licence, which one routes cases, importing a
 * new one from GeoJSON, and going back to an earlier one.
 */
export function BoundarySetsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.boundaries.title'));
  const sets = useQuery({ queryKey: ['admin', 'boundaries'], queryFn: ({ signal }) => listBoundarySets(signal) });
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <AdminListPage title={t('admin.boundaries.title')} intro={t('admin.boundaries.intro')}>
      {saved && <SavedNotice onClose={() => setSaved(null)}>{saved}</SavedNotice>}
      <BoundaryImport onImported={(set) => setSaved(t('admin.boundaries.imported', { name: set.name, version: set.version, count: set.areaCount }))} />
      <ListState query={sets} isEmpty={(list) => list.length === 0} empty={t('admin.boundaries.empty')} emptyTestId="boundaries-empty" forbiddenTitle={t('admin.notAllowedTitle')}>
        {(list) => (
          <AdminTable
            minWidth={760}
            head={[t('admin.boundaries.name'), t('admin.boundaries.version'), t('admin.boundaries.source'), t('admin.boundaries.licence'), t('admin.boundaries.importedAt'), t('admin.status')].map((h) => (
              <span key={h} style={nowrap}>
                {h}
              </span>
            ))}
          >
            {list.map((s) => (
              <SetRow key={s.id} set={s} onActivated={() => setSaved(t('admin.boundaries.activated', { name: s.name, version: s.version }))} />
            ))}
          </AdminTable>
        )}
      </ListState>
    </AdminListPage>
  );
}

function SetRow({ set, onActivated }: { set: BoundarySet; onActivated: () => void }) {
  const { t } = useTranslation();
  const activate = useAdminMutation(() => activateBoundarySet(set.id), onActivated);
  return (
    <Table.Tr data-testid="boundary-row" data-name={set.name} data-version={set.version}>
      <Table.Td>
        <Stack gap={2}>
          <Text fw={600} dir="auto">
            {set.name}
          </Text>
          {set.description && (
            <Text fz="sm" c="dimmed" dir="auto" maw="32rem" data-testid="boundary-description">
              {set.description}
            </Text>
          )}
          <Text fz="xs" c="dimmed">
            {t('admin.boundaries.areas', { count: set.areaCount })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>{set.version}</Table.Td>
      <Table.Td dir="auto">{set.source}</Table.Td>
      <Table.Td dir="auto" style={nowrap}>
        {set.licence}
      </Table.Td>
      <Table.Td style={nowrap}>{formatDateTime(set.importedAt, currentLanguage())}</Table.Td>
      {/* Room for the badge: it would otherwise shrink to an ellipsis beside the long description. */}
      <Table.Td style={{ ...nowrap, minWidth: '7rem' }}>
        <Group gap="xs" wrap="nowrap">
          <ActiveBadge active={set.active} />
          {!set.active && (
            <Button size="compact-sm" variant="default" loading={activate.mutation.isPending} onClick={() => activate.mutation.mutate(undefined)} data-testid="boundary-activate">
              {t('admin.boundaries.activate')}
            </Button>
          )}
        </Group>
        {activate.generalError && <ErrorAlert error={activate.generalError} />}
      </Table.Td>
    </Table.Tr>
  );
}
