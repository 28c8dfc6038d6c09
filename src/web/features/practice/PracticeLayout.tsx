import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useStaffUser } from '../../auth/useStaffUser.tsx';
import classes from './practice.module.css';
import { canSeePractice, usePracticeRights } from './practice-access.ts';

/**
 * "Practice that spreads": benchmarks against the best entity, practice cards, the ministry's
 * recommendations and their adoptions, under one menu that shows only what the person may open.
 */
export function PracticeLayout() {
  const { t } = useTranslation();
  const user = useStaffUser();
  const rights = usePracticeRights(user);
  if (!canSeePractice(user.role)) {
    return (
      <Alert color="yellow" title={t('practice.notAllowedTitle')} role="alert" data-testid="practice-not-allowed">
        {t('practice.notAllowed')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <nav aria-label={t('practice.menuLabel')}>
        <Group gap="xs">
          <NavLink to="/staff/practice" end className={classes.tab} data-testid="practice-nav-benchmarks">
            {t('practice.nav.benchmarks')}
          </NavLink>
          <NavLink to="/staff/practice/cards" className={classes.tab} data-testid="practice-nav-cards">
            {t('practice.nav.cards')}
          </NavLink>
          {rights.recommendations && (
            <NavLink to="/staff/practice/recommendations" className={classes.tab} data-testid="practice-nav-recommendations">
              {t('practice.nav.recommendations')}
            </NavLink>
          )}
          <NavLink to="/staff/practice/adoptions" className={classes.tab} data-testid="practice-nav-adoptions">
            {t('practice.nav.adoptions')}
          </NavLink>
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}
