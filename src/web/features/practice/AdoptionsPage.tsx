import { Button, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAdoptions } from '../../api/practice.api.ts';
import { AdminListPage, AdminTable, ListState } from '../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** Adoptions of the entities in reach: which card, by whom, from whom, when; each opens its before/after view. */
export function AdoptionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.adoptions.title'));
  const adoptions = useQuery({ queryKey: ['practice', 'adoptions'], queryFn: ({ signal }) => listAdoptions(signal) });
  const local = useLocalized();
  const lng = currentLanguage();
  return (
    <AdminListPage title={t('practice.adoptions.title')} intro={t('practice.adoptions.intro')}>
      <ListState query={adoptions} isEmpty={(l) => l.length === 0} empty={t('practice.adoptions.empty')} emptyTestId="adoptions-empty" loadingLabel={t('practice.loading')}>
        {(list) => (
          <AdminTable
            minWidth={700}
            head={[t('practice.adoptions.card'), t('practice.adoptions.entity'), t('practice.adoptions.source'), t('practice.service'), t('practice.adoptions.at'), <span className="visually-hidden">{t('practice.actions')}</span>]}
          >
            {list.map((a) => (
              <Table.Tr key={a.id} data-testid="adoption-row" data-id={a.id}>
                <Table.Td>{local(a.card.title)}</Table.Td>
                <Table.Td>{local(a.entity.name)}</Table.Td>
                <Table.Td>{local(a.source.name)}</Table.Td>
                <Table.Td>{local(a.service.name)}</Table.Td>
                <Table.Td>{formatDateTime(a.adoptedAt, lng)}</Table.Td>
                <Table.Td>
                  <Button component={Link} to={`/staff/practice/adoptions/${a.id}`} size="compact-sm" variant="subtle" data-testid="adoption-open">
                    {t('practice.adoptions.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        )}
      </ListState>
    </AdminListPage>
  );
}
