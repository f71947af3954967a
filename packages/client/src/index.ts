export type { AppRouter, RouterInputs, RouterOutputs } from '@hutong/router';
export { TRPCClientError, unstable_localLink as localLink } from '@trpc/client';
export * from './create-client';
export * from './read-error';
