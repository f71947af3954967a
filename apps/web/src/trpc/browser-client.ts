import { createHutongClient, remoteLinks } from '@hutong/client';
import { readToken } from './token';

/** The same typed client the CLI uses, pointed at the server that served this page. */
export function createBrowserClient(origin = window.location.origin) {
  return createHutongClient(
    remoteLinks({
      url: origin,
      headers: (): Record<string, string> => {
        const token = readToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  );
}
