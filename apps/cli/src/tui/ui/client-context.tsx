/** @jsxRuntime automatic @jsxImportSource react */
import type { HutongClient } from '@hutong/client';
import { createContext, type ReactNode, useContext } from 'react';

export interface ClientInfo {
  client: HutongClient;
  /** Where the ledger is: a server URL or "embedded …"; named in error messages. */
  where: string;
}

const ClientContext = createContext<ClientInfo | null>(null);

export const ClientProvider = ({ value, children }: { value: ClientInfo; children: ReactNode }) => (
  <ClientContext.Provider value={value}>{children}</ClientContext.Provider>
);

export function useClient(): ClientInfo {
  const info = useContext(ClientContext);
  if (!info) throw new Error('useClient outside a ClientProvider');
  return info;
}
