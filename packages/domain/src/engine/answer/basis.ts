import type { Basis, CrossingKey, InheritedFrom, Rule } from '../../schema';
import type { LedgerIndex } from '../fold/fold';

/** A company that owns platforms speaks for all of them: a rule naming it is a broad one. */
export const isCompany = (index: Pick<LedgerIndex, 'actors' | 'owned'>, id: string) =>
  index.actors.get(id)?.kind === 'company' && (index.owned.get(id)?.length ?? 0) > 0;

/**
 * `direct` when the rule names this host platform, this surface and this target platform;
 * otherwise `inherited`, naming each axis on which the rule was broader.
 */
export function basisOf(
  index: Pick<LedgerIndex, 'actors' | 'owned'>,
  rule: Rule,
  q: CrossingKey,
): { basis: Basis; inheritedFrom: InheritedFrom | null } {
  const from: InheritedFrom = {};
  if (rule.host !== q.host || isCompany(index, rule.host)) from.host = rule.host;
  if (rule.surface === '*') from.surface = '*';
  if (rule.target !== q.target || rule.target === '*' || isCompany(index, rule.target))
    from.target = rule.target;
  if (from.host === undefined && from.surface === undefined && from.target === undefined) return DIRECT;
  return { basis: 'inherited', inheritedFrom: from };
}

const DIRECT = { basis: 'direct' as const, inheritedFrom: null };
