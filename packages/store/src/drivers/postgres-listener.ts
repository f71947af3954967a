import pg from 'pg';

const RETRY_MS = 1_000;

/**
 * LISTENs on a connection of its own (a pooled one would be handed to other queries). When the
 * connection drops it reconnects, and then calls `onNotify('')`: notifications sent while it was away
 * are lost, so the listener must catch up from its own cursor rather than trust payloads alone.
 */
export async function listenOnServer(
  databaseUrl: string,
  channel: string,
  onNotify: (payload: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl, application_name: 'hutong-store-listen' });
    c.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    c.on('error', () => reconnect(c));
    c.on('end', () => reconnect(c));
    try {
      await c.connect();
      await c.query(`LISTEN "${channel}"`);
    } catch (err) {
      c.end().catch(() => {});
      throw err;
    }
    if (stopped) await c.end().catch(() => {});
    else client = c;
  };

  const reconnect = (failed: pg.Client) => {
    if (stopped || client !== failed) return;
    client = null;
    failed.end().catch(() => {});
    const attempt = () => {
      retry = undefined;
      if (stopped) return;
      connect().then(
        () => onNotify(''),
        () => {
          retry = setTimeout(attempt, RETRY_MS);
        },
      );
    };
    retry = setTimeout(attempt, RETRY_MS);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}
