import { Alert, Box, Group, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useStaffUser } from '../../auth/useStaffUser.tsx';
import { canAdminister } from '../../auth/staff-roles.ts';
import { adminSections, mayOpen, sectionLabel } from './admin-sections.ts';
import classes from './AdminLayout.module.css';

/**
 * The administration frame: a menu of the sections the signed-in person may manage beside the
 * page. Anyone else who reaches this address is told plainly that it is not theirs.
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const user = useStaffUser();
  if (!canAdminister(user.role)) {
    return (
      <Alert color="yellow" title={t('admin.notAllowedTitle')} role="alert" data-testid="admin-not-allowed">
        {t('admin.notAllowed')}
      </Alert>
    );
  }
  return (
    <Group align="flex-start" gap="lg" wrap="nowrap" className={classes.frame}>
      <Box component="nav" aria-label={t('admin.menuLabel')} className={classes.menu}>
        <Stack gap={2}>
          <MantineNavLink component={NavLink} to="/staff/admin" end label={t('admin.home')} />
          {adminSections
            .filter((s) => mayOpen(user.role, s))
            .map((s) => (
              <MantineNavLink key={s} component={NavLink} to={`/staff/admin/${s}`} label={sectionLabel(t, s)} data-testid={`admin-nav-${s}`} />
            ))}
        </Stack>
      </Box>
      <Box className={classes.page}>
        <Outlet />
      </Box>
    </Group>
  );
}
