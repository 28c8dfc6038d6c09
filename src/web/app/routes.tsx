import { createBrowserRouter } from 'react-router';
import { HomePage } from '../features/catalogue/HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';

/**
 * The route table. Home is in the first bundle; every other page is its own chunk, loaded on
 * navigation (the map and Leaflet load only at the submission's location step).
 * Still to come here: sign-in with one-time codes and "my cases" (citizen), and the staff workspace.
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
        path: 'track/:reference',
        lazy: async () => ({ Component: (await import('../features/track/TrackPage.tsx')).TrackPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
