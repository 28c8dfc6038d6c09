import { Progress } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRestoration, useLocation, useNavigation } from 'react-router';
import classes from './frame.module.css';

/**
 * The main content's ref: after moving to another page it takes the focus, so keyboard and
 * screen-reader users start there (not on the first load).
 */
export function useMainFocus() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLDivElement>(null);
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) mainRef.current?.focus({ preventScroll: true });
    firstPath.current = '';
  }, [pathname]);
  return mainRef;
}

/** The start of a page frame: scroll restoration, and the link that skips to the content. */
export function SkipToContent() {
  const { t } = useTranslation();
  return (
    <>
      <ScrollRestoration />
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
    </>
  );
}

/** The bar across the top of the window while the next page loads. */
export function NavigationProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return navigation.state === 'loading' ? <Progress value={100} animated size="xs" aria-label={t('common.loading')} className={classes.progress} /> : null;
}
