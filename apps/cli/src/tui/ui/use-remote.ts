import type { HutongClient } from '@hutong/client';
import { useEffect, useRef, useState } from 'react';
import { useClient } from './client-context';
import { describeError } from './remote-error';

export interface Remote<T> {
  /** The latest answer; kept while a newer request is under way, so views do not flicker. */
  data: T | undefined;
  loading: boolean;
  error: string | null;
}

/** Runs `load` whenever `key` changes; a late answer to an older key is dropped. Skipped while `key` is null. */
export function useRemote<T>(key: string | null, load: (client: HutongClient) => Promise<T>): Remote<T> {
  const { client, where } = useClient();
  const [state, setState] = useState<Remote<T>>({ data: undefined, loading: key !== null, error: null });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (key === null) return;
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current(client).then(
      (data) => ticket === latest.current && setState({ data, loading: false, error: null }),
      (err: unknown) =>
        ticket === latest.current &&
        setState((s) => ({ ...s, loading: false, error: describeError(err, where) })),
    );
  }, [key, client, where]);
  return state;
}
