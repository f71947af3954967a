import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateLedgerReads } from '../../trpc/invalidate-ledger';
import { useTRPC } from '../../trpc/trpc';

/**
 * `edits.append`, sent with the tab's editor token (the client adds the header). Once it returns the
 * server's reads include the edit, so this tab refreshes them at once rather than waiting for the
 * live update.
 */
export function useAppendEdit() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.edits.append.mutationOptions({
      onSuccess: () => void invalidateLedgerReads(queryClient, trpc),
    }),
  );
}
