import { useRef } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';

/**
 * `useSearchParams`, except that an update function sees the query string last asked for, not the
 * one of the last render. React Router hands the updater the rendered params, and renders a
 * navigation in a transition, so two quick changes (two filters picked in a row) could each start
 * from the old query string and the second would drop the first.
 */
export function useQueryParams() {
  const [params, setParams] = useSearchParams();
  const asked = useRef<URLSearchParams | null>(null);
  // Once a render shows what was last asked for, the address is the truth again.
  if (asked.current?.toString() === params.toString()) asked.current = null;
  const update = (next: (latest: URLSearchParams) => URLSearchParams, opts?: NavigateOptions) => {
    const out = next(new URLSearchParams(asked.current ?? params));
    asked.current = out;
    setParams(out, opts);
  };
  return [params, update] as const;
}
