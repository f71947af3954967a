import type { NewToken } from '@hutong/store';
import { afterAll, beforeAll } from 'vitest';
import type { HttpSettings } from '../http/settings';
import { type LiveServer, startLiveServer } from './live-server';

/** HTTP limits out of the way, for tests about what the routes answer rather than what they admit. */
export const noLimits: Partial<HttpSettings> = { addressBudget: 1e9, tokenBudget: 1e9, editsPerMinute: 1e9 };

export interface FileServer extends LiveServer {
  /** The bearer token made for this file. */
  token: string;
}

/**
 * The live server for one test file: started before its tests (with a token for `token`'s role), closed
 * after them. Read it inside tests only: its fields exist once `beforeAll` has run.
 */
export function liveServerPerFile(token: NewToken, http: Partial<HttpSettings> = {}): FileServer {
  let live: LiveServer | undefined;
  let secret = '';
  beforeAll(async () => {
    live = await startLiveServer(http);
    secret = (await live.runtime.store.tokens.create(token)).token;
  }, 180_000);
  afterAll(() => live?.close());
  const started = () => {
    if (!live) throw new Error('the live server starts in beforeAll: read it inside a test');
    return live;
  };
  return {
    get runtime() {
      return started().runtime;
    },
    get server() {
      return started().server;
    },
    get base() {
      return started().base;
    },
    serverWith: (settings) => started().serverWith(settings),
    close: () => started().close(),
    get token() {
      return secret;
    },
  };
}
