import type { AppRouter } from '@hutong/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** `useTRPC()` gives typed query options for every procedure: `useQuery(trpc.events.list.queryOptions())`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
