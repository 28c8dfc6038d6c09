import { createBrowserRouter } from 'react-router';
import { HomePage } from '../features/catalogue/HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';
import { adminRoutes } from '../features/admin/admin-routes.tsx';
import { practiceRoutes } from '../features/practice/practice-routes.tsx';
import { loadTranslations } from '../i18n/i18n.ts';

/**
 * The route table. Home is in the first bundle; every other page is its own chunk, loaded on
 * navigation (the map and Leaflet load only where a map is shown). The staff workspace under
 * /staff is a separate tree with its own frame, so none of it reaches a citizen's browser
 * unless they go there.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'submit',
        lazy: async () => ({ Component: (await import('../features/submit/SubmitPage.tsx')).SubmitPage }),
      },
      {
        path: 'receipt/:reference',
        lazy: async () => ({ Component: (await import('../features/submit/ReceiptPage.tsx')).ReceiptPage }),
      },
      {
        path: 'track',
        lazy: async () => ({ Component: (await import('../features/track/TrackLookupPage.tsx')).TrackLookupPage }),
      },
      {
        path: 'rate/:token',
        lazy: async () => ({ Component: (await import('../features/similar/FollowerRatingPage.tsx')).FollowerRatingPage }),
      },
      {
        path: 'track/:reference',
        lazy: async () => ({ Component: (await import('../features/track/TrackPage.tsx')).TrackPage }),
      },
      {
        path: 'signin',
        lazy: async () => ({ Component: (await import('../features/account/SignInPage.tsx')).SignInPage }),
      },
      {
        path: 'stats',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/public-stats/PublicStatsPage.tsx'), loadTranslations('dashboards')]);
          return { Component: page.PublicStatsPage };
        },
      },
      {
        path: 'suggestions',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/suggestions/BoardPage.tsx'), loadTranslations('suggestions')]);
          return { Component: page.BoardPage };
        },
      },
      {
        path: 'suggestions/:id',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/suggestions/SuggestionPage.tsx'), loadTranslations('suggestions')]);
          return { Component: page.SuggestionPage };
        },
      },
      {
        path: 'my-cases',
        lazy: async () => ({ Component: (await import('../features/account/MyCasesPage.tsx')).MyCasesPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/staff',
    errorElement: <RouteErrorPage />,
    lazy: async () => ({ Component: (await import('../features/staff/StaffLayout.tsx')).StaffLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/staff/inbox/InboxPage.tsx')).InboxPage }),
      },
      {
        path: 'cases/:reference',
        lazy: async () => ({ Component: (await import('../features/staff/case/StaffCasePage.tsx')).StaffCasePage }),
      },
      {
        path: 'new',
        lazy: async () => ({ Component: (await import('../features/staff/hotline/HotlineEntryPage.tsx')).HotlineEntryPage }),
      },
      {
        path: 'security',
        lazy: async () => ({ Component: (await import('../features/staff/security/SecurityPage.tsx')).SecurityPage }),
      },
      {
        // The emailed reset link; signed out, the workspace's frame shows the same page.
        path: 'reset',
        lazy: async () => ({ Component: (await import('../features/staff/security/ResetPasswordPage.tsx')).ResetPasswordPage }),
      },
      {
        path: 'dashboard/:entity?',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/dashboards/DashboardPage.tsx'), loadTranslations('dashboards'), loadTranslations('suggestions')]);
          return { Component: page.DashboardPage };
        },
      },
      {
        path: 'suggestions',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/suggestions/ModerationListPage.tsx'), loadTranslations('suggestions')]);
          return { Component: page.ModerationListPage };
        },
      },
      {
        path: 'suggestions/:id',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/suggestions/ModerationPage.tsx'), loadTranslations('suggestions')]);
          return { Component: page.ModerationPage };
        },
      },
      {
        path: 'practice',
        lazy: async () => {
          // The figure names are the dashboards', the forms' buttons and durations administration's.
          const [page] = await Promise.all([import('../features/practice/PracticeLayout.tsx'), loadTranslations('practice'), loadTranslations('dashboards'), loadTranslations('admin')]);
          return { Component: page.PracticeLayout };
        },
        children: practiceRoutes,
      },
      {
        path: 'admin',
        lazy: async () => {
          const [page] = await Promise.all([import('../features/admin/AdminLayout.tsx'), loadTranslations('admin')]);
          return { Component: page.AdminLayout };
        },
        children: adminRoutes,
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
