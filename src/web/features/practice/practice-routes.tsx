import type { RouteObject } from 'react-router';

/** The practice pages under /staff/practice, each its own chunk; PracticeLayout shows the menu. */
export const practiceRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./BenchmarksPage.tsx')).BenchmarksPage }) },
  { path: 'cards', lazy: async () => ({ Component: (await import('./CardsPage.tsx')).CardsPage }) },
  { path: 'recommendations', lazy: async () => ({ Component: (await import('./RecommendationsPage.tsx')).RecommendationsPage }) },
  { path: 'adoptions', lazy: async () => ({ Component: (await import('./AdoptionsPage.tsx')).AdoptionsPage }) },
  { path: 'adoptions/:id', lazy: async () => ({ Component: (await import('./AdoptionEffectPage.tsx')).AdoptionEffectPage }) },
];
