import { createHutongClient, localLink } from '@hutong/client';
import type { Ledger } from '@hutong/domain';
import { appRouter, createContextInner, fixedLedger } from '@hutong/router';
import type { Runtime } from '@hutong/runtime';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes';
import { createI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/messages';
import { Providers } from '../trpc/providers';
import { testLedger } from './test-ledger';
import { authFromTabToken } from './test-runtime';

interface Options {
  lang?: Lang;
  /** Leave the language to the detector (localStorage, then the browser). */
  detect?: boolean;
  /**
   * A store-backed runtime (see test-runtime.ts), for views that edit or follow revisions; each call
   * carries the tab's token as the browser client's `authorization` header would. Without one the
   * router reads the test ledger and has no revision log.
   */
  runtime?: Runtime;
  /** The ledger the router reads when there is no runtime (default: the test ledger). */
  ledger?: Ledger;
}

function contextFor(runtime: Runtime | undefined, base: Ledger | undefined) {
  if (!runtime) {
    const ledger = fixedLedger(base ?? testLedger());
    return async () => createContextInner({ ledger });
  }
  return async () =>
    createContextInner({ ledger: runtime.ledger, live: runtime, auth: await authFromTabToken(runtime) });
}

/** The real router over the real tRPC router, in-process: what a component sees is what the server says. */
function providers(children: ReactNode, opts: Options) {
  const client = createHutongClient([
    localLink({ router: appRouter, createContext: contextFor(opts.runtime, opts.ledger) }),
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
