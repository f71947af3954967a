import type { HutongClient } from '@hutong/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isClientError } from './errors';
import { TRPCProvider } from './trpc';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The ledger changes by revision, rarely; live updates invalidate explicitly.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 2 && !isClientError(error),
      },
    },
  });
}

interface Props {
  client: HutongClient;
  i18n: I18n;
  queryClient?: QueryClient;
  children: ReactNode;
}

export function Providers({ client, i18n, queryClient, children }: Props) {
  const [qc] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={qc}>
        <TRPCProvider trpcClient={client} queryClient={qc}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
