import type { AppRouter } from '@hutong/router';
import {
  createTRPCClient,
  httpBatchStreamLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
  type TRPCLink,
} from '@trpc/client';
import { EventSource as EventSourcePonyfill } from 'eventsource';

export interface RemoteOptions {
  /** The server's base URL, e.g. `http://localhost:3000`; tRPC lives under `/trpc`. */
  url: string;
  /** Sent with every request, e.g. `{ authorization: 'Bearer …' }`. */
  headers?: () => Record<string, string>;
}

/** Links to a hutong server: subscriptions over SSE, everything else batched and streamed over POST. */
export function remoteLinks(opts: RemoteOptions): TRPCLink<AppRouter>[] {
  const url = `${opts.url.replace(/\/+$/, '')}/trpc`;
  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      // The browser's own EventSource where there is one (it cannot send headers: subscriptions are
      // public); in Node a ponyfill that sends `headers` too.
      true: globalThis.EventSource
        ? httpSubscriptionLink({ url })
        : httpSubscriptionLink({
            url,
            EventSource: EventSourcePonyfill,
            eventSourceOptions: () => ({
              fetch: (input, init) =>
                fetch(input, { ...init, headers: { ...init?.headers, ...opts.headers?.() } }),
            }),
          }),
      // POST keeps 10,000-question batches out of the URL; 50 calls a batch at most, the server's cap
      // (HUTONG_MAX_BATCH), so a page that asks for more at once sends two batches, not a 400.
      false: httpBatchStreamLink({
        url,
        methodOverride: 'POST',
        maxItems: 50,
        headers: opts.headers ?? (() => ({})),
      }),
    }),
  ];
}

export type HutongClient = TRPCClient<AppRouter>;

/** The one typed client the web app, the terminal UI and other services use. */
export function createHutongClient(links: TRPCLink<AppRouter>[]): HutongClient {
  return createTRPCClient<AppRouter>({ links });
}
