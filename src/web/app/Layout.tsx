import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../auth/useSession.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NavigationProgress, SkipToContent, useMainFocus } from '../components/frame/FrameParts.tsx';
import classes from './Layout.module.css';

/** Sign in, or (signed in) the way out; staff signed in here get a link back to their workspace. */
function AccountLinks() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useSignOut();
  const user = session.data?.user;
  if (session.isPending) return null;
  if (user?.kind === 'staff') {
    return (
      <NavLink to="/staff" className={classes.navLink}>
        {t('nav.staff')}
      </NavLink>
    );
  }
  if (user?.kind === 'citizen') {
    return (
      <button
        type="button"
        className={classes.navButton}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/') })}
        data-testid="sign-out"
      >
        {t('nav.signOut')}
      </button>
    );
  }
  return (
    <NavLink to="/signin" className={classes.navLink}>
      {t('nav.signIn')}
    </NavLink>
  );
}

/** The frame of every citizen page: header with the language switch, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const mainRef = useMainFocus();
  return (
    <>
      <SkipToContent />
      <header className={classes.header}>
        <Container size="md" className={classes.headerInner}>
          <Anchor component={Link} to="/" className={classes.brand} underline="never">
            <span className={classes.logo} aria-hidden="true" />
            <span>
              <Text component="span" fw={700} fz="lg" c="white" display="block">
                {t('app.name')}
              </Text>
              <Text component="span" fz="xs" c="white" display="block">
                {t('app.tagline')}
              </Text>
            </span>
          </Anchor>
          <Box className={classes.switch}>
            <LanguageSwitch />
          </Box>
        </Container>
        <nav aria-label={t('nav.label')} className={classes.nav}>
          <Container size="md">
            <Group gap="xs" style={{ columnGap: 'var(--mantine-spacing-md)' }}>
              <NavLink to="/" end className={classes.navLink}>
                {t('nav.home')}
              </NavLink>
              <NavLink to="/submit" className={classes.navLink}>
                {t('nav.submit')}
              </NavLink>
              <NavLink to="/track" className={classes.navLink}>
                {t('nav.track')}
              </NavLink>
              <NavLink to="/my-cases" className={classes.navLink}>
                {t('nav.myCases')}
              </NavLink>
              <span className={classes.account}>
                <AccountLinks />
              </span>
            </Group>
          </Container>
        </nav>
      </header>
      <NavigationProgress />
      <Container size="md" component="main" id="main" tabIndex={-1} className={classes.main} ref={mainRef}>
        <Outlet />
      </Container>
      <footer className={classes.footer}>
        <Container size="md">
          <Text fz="sm">{t('footer.about')}</Text>
          <Group gap="md">
            <Anchor component={Link} to="/stats" fz="sm" data-testid="stats-link">
              {t('footer.stats')}
            </Anchor>
            <Anchor href="/api/docs" fz="sm">
              {t('footer.apiDocs')}
            </Anchor>
          </Group>
        </Container>
      </footer>
    </>
  );
}
