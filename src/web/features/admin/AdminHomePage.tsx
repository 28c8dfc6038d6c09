import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useStaffUser } from '../../auth/useStaffUser.tsx';
import { adminSections, mayOpen, sectionHelp, sectionLabel } from './admin-sections.ts';

/** The administration home: each section the person may manage, with one line on what it holds. */
export function AdminHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const user = useStaffUser();
  return (
    <>
      <Title order={1} fz="h2" mb="md">
        {t('admin.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {adminSections
          .filter((s) => mayOpen(user.role, s))
          .map((s) => (
            <Card key={s} withBorder component={Link} to={`/staff/admin/${s}`} data-testid={`admin-card-${s}`}>
              <Text fw={700}>{sectionLabel(t, s)}</Text>
              <Text fz="sm" c="dimmed">
                {sectionHelp(t, s)}
              </Text>
            </Card>
          ))}
      </SimpleGrid>
    </>
  );
}
