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
  // Loading is derived from which key the data answers, so the first render after a key change
  // already says so (an effect-set flag would leave one frame of stale data looking current).
  const [state, setState] = useState<{ data: T | undefined; answered: string | null; error: string | null }>({
    data: undefined,
    answered: null,
    error: null,
  });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (key === null) return;
    const ticket = ++latest.current;
    loadRef.current(client).then(
      (data) => ticket === latest.current && setState({ data, answered: key, error: null }),
      (err: unknown) =>
        ticket === latest.current &&
        setState((s) => ({ ...s, answered: key, error: describeError(err, where) })),
    );
  }, [key, client, where]);
  return { data: state.data, loading: key !== null && state.answered !== key, error: state.error };
}
