import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from './app/auth';
import { i18nReady } from './app/i18n';
import { LocaleProvider } from './app/i18n/LocaleProvider';
import { router } from './app/router';
import { meKey } from './areas/identity/auth.api';
import { ApiError } from './kit/api/client';
import './app/global.css';

/** A request refused for want of a session means the session ended: forget the user, the guards send to /login. */
function onApiError(err: unknown) {
  if (err instanceof ApiError && err.status === 401 && err.code === 'auth.unauthenticated') {
    queryClient.setQueryData(meKey, null);
  }
}

// networkMode 'always': a request goes out whatever the browser believes of its connection. With the default
// ('online') a mutation made while the browser reports itself offline waits, silently and without end, for an
// 'online' event; sent at once, it fails with a network error the page shows, and the user may try again.
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    mutations: { networkMode: 'always' },
    queries: {
      networkMode: 'always',
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
// The first paint waits for the shell's strings in the current language (one small chunk).
await i18nReady;
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
