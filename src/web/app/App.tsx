import { DirectionProvider, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { RouterProvider } from 'react-router/dom';
import { ApiError } from '../api/problem.ts';
import { forgetSession } from '../auth/useSession.ts';
import { LanguageSync } from './LanguageSync.tsx';
import { router } from './routes.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** A request answered 401 `unauthenticated`: the session has ended (expired, or signed out elsewhere). */
function onApiError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'unauthenticated') forgetSession(queryClient);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Retrying a 4xx cannot help; a network blip or a 503 may pass.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

/** Providers: direction (RTL for Arabic), Mantine theme, data cache and the router. */
export function App() {
  return (
    <DirectionProvider initialDirection={i18next.dir()} detectDirection={false}>
      <LanguageSync />
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
