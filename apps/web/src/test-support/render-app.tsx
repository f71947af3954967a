import { appRouter, createContextInner, LedgerView } from '@hutong/api';
import { createHutongClient, localLink } from '@hutong/client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes';
import { createI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/messages';
import { Providers } from '../trpc/providers';
import { testLedger } from './test-ledger';

interface Options {
  lang?: Lang;
  /** Leave the language to the detector (localStorage, then the browser). */
  detect?: boolean;
}

/** The real router over the real tRPC router, in-process: what a component sees is what the server says. */
function providers(children: ReactNode, opts: Options) {
  const ledger = new LedgerView(testLedger());
  const client = createHutongClient([
    localLink({ router: appRouter, createContext: async () => createContextInner({ ledger }) }),
  ]);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createI18n(opts.detect ? undefined : (opts.lang ?? 'en'));
  return (
    <Providers client={client} i18n={i18n} queryClient={queryClient}>
      {children}
    </Providers>
  );
}

export function renderRoute(path: string, opts: Options = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(providers(<RouterProvider router={router} />, opts)) };
}

export function renderWithProviders(ui: ReactNode, opts: Options = {}) {
  return render(providers(ui, opts));
}
