import './staff-styles.ts';
import { Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession, useSignOut } from '../../auth/useSession.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { NavigationProgress, SkipToContent, useMainFocus } from '../../components/frame/FrameParts.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { roleLabel } from '../../i18n/labels/staff.labels.ts';
import { canAdminister, canModerateSuggestions, canSeeDashboards } from '../../auth/staff-roles.ts';
import { StaffUserProvider } from '../../auth/useStaffUser.tsx';
import { canSeePractice } from '../practice/practice-access.ts';
import { StaffSignIn } from './StaffSignIn.tsx';
import classes from './StaffLayout.module.css';

/**
 * The frame of the staff workspace (its own lazily loaded chunk): a compact header with the
 * sections, who is signed in, the language switch and sign-out. Signed out, every workspace
 * address shows the sign-in form, and the page asked for opens after signing in.
 */
export function StaffLayout() {
  const { t } = useTranslation();
  const local = useLocalized();
  const session = useSession();
  const signOut = useSignOut();
  const mainRef = useMainFocus();
  const user = session.data?.user.kind === 'staff' ? session.data.user : null;

  return (
    <>
      <SkipToContent />
      <header className={classes.header}>
        <Container size="xl" className={classes.headerInner}>
          <Group gap="lg">
            <Link to="/staff" className={classes.brand}>
              <span className={classes.logo} aria-hidden="true" />
              <span>{t('staff.workspace')}</span>
            </Link>
            {user && (
              <nav aria-label={t('staff.nav.label')}>
                <Group gap="md">
                  <NavLink to="/staff" end className={classes.navLink}>
                    {t('staff.nav.inbox')}
                  </NavLink>
                  {user.role === 'agent' && (
                    <NavLink to="/staff/new" className={classes.navLink}>
                      {t('staff.nav.hotline')}
                    </NavLink>
                  )}
                  {canSeeDashboards(user.role) && (
                    <NavLink to="/staff/dashboard" className={classes.navLink}>
                      {t('staff.nav.dashboard')}
                    </NavLink>
                  )}
                  {canModerateSuggestions(user.role) && (
                    <NavLink to="/staff/suggestions" className={classes.navLink} data-testid="staff-nav-suggestions">
                      {t('staff.nav.suggestions')}
                    </NavLink>
                  )}
                  {canSeePractice(user.role) && (
                    <NavLink to="/staff/practice" className={classes.navLink} data-testid="staff-nav-practice">
                      {t('staff.nav.practice')}
                    </NavLink>
                  )}
                  {canAdminister(user.role) && (
                    <NavLink to="/staff/admin" className={classes.navLink}>
                      {t('staff.nav.admin')}
                    </NavLink>
                  )}
                </Group>
              </nav>
            )}
          </Group>
          <Group gap="sm">
            {user && (
              <div className={classes.user} data-testid="staff-user">
                <div>{user.name}</div>
                <div>{t('staff.userRole', { role: roleLabel(t, user.role), entity: local(user.entity.name) })}</div>
              </div>
            )}
            <LanguageSwitch />
            {user && (
              <NavLink to="/staff/security" className={classes.navLink} data-testid="staff-nav-security">
                {t('staff.nav.security')}
              </NavLink>
            )}
            {user && (
              <Button variant="subtle" size="compact-md" onClick={() => signOut.mutate()} loading={signOut.isPending} data-testid="staff-sign-out">
                {t('nav.signOut')}
              </Button>
            )}
          </Group>
        </Container>
      </header>
      <NavigationProgress />
      <Container size="xl" component="main" id="main" tabIndex={-1} className={classes.main} ref={mainRef}>
        {session.isPending ? <Loading /> : user ? (
          <StaffUserProvider user={user}>
            <Outlet />
          </StaffUserProvider>
        ) : <StaffSignIn />}
      </Container>
      {user && (
        <Container size="xl" component="footer" py="sm">
          <Text fz="xs" c="dimmed">
            {t('staff.footer')}
          </Text>
        </Container>
      )}
    </>
  );
}
