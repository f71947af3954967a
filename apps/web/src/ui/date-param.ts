import { IsoDate } from '@hutong/domain';
import { useQueryParams } from './use-query-params';

/** A date kept in the query string, validated by the domain's IsoDate; a bad or missing one falls back. */
export function useDateParam(key: string, fallback: string): [string, (next: string) => void] {
  const [params, setParams] = useQueryParams();
  const parsed = IsoDate.safeParse(params.get(key));
  const set = (next: string) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        out.set(key, next);
        return out;
      },
      { replace: true },
    );
  return [parsed.success ? parsed.data : fallback, set];
}
