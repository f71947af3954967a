import { closestIds } from '@hutong/domain';
import type { AskForm } from './ask-params';

export interface UnknownActor {
  id: string;
  closest: string[];
}

/** The host and target a form names that the ledger does not know, each with the closest ids it does. */
export function unknownActors(
  form: Pick<AskForm, 'host' | 'target' | 'url'>,
  known: ReadonlyMap<string, unknown>,
): Partial<Record<'host' | 'target', UnknownActor>> {
  if (!known.size) return {};
  const out: Partial<Record<'host' | 'target', UnknownActor>> = {};
  const check = (field: 'host' | 'target', id: string) => {
    if (id && id !== '*' && !known.has(id)) out[field] = { id, closest: closestIds(id, known.keys()) };
  };
  check('host', form.host);
  if (!form.url.trim()) check('target', form.target);
  return out;
}
