import { CAPABILITIES, SURFACES } from '@hutong/domain/plain';
import { oneOf, required } from '../args';
import { UsageError } from '../usage-error';

interface CrossingFlags {
  host?: string;
  surface?: string;
  capability?: string;
  target?: string;
  url?: string;
}

/** Said on stderr when `--surface` is left out, so nobody mistakes the `*` answer for one surface's. */
export const surfaceNote =
  'hutong: no --surface given: answered for * (every surface); name one, e.g. --surface group-chat, for that surface';

/** The crossing the flags name; `--surface` defaults to `*`. */
export function crossingFlags(f: CrossingFlags) {
  if (f.target === undefined && f.url === undefined) throw new UsageError('give --target ID or --url URL');
  if (f.target !== undefined && f.url !== undefined) throw new UsageError('give --target or --url, not both');
  const base = {
    host: required(f.host, 'host'),
    surface: oneOf(f.surface ?? '*', SURFACES, 'surface'),
    capability: oneOf(required(f.capability, 'capability'), CAPABILITIES, 'capability'),
  };
  return f.target !== undefined ? { ...base, target: f.target } : { ...base, url: f.url! };
}
