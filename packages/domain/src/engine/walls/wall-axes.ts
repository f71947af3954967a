import { ownersOf } from '../../schema/owner-walk';
import type { WallColumns } from '../../schema/walls';

interface ActorLike {
  id: string;
  kind: string;
  owner?: string;
}
interface ChangeLike {
  host: string;
  target: string;
  capability: string;
}

/** The actor and its owners, nearest first. */
export function lineage(byId: ReadonlyMap<string, ActorLike>, id: string): string[] {
  return [id, ...ownersOf(id, (a) => byId.get(a)?.owner)];
}

/**
 * Rows and columns for the wall map: the platforms the ledger records a rule for on this capability
 * (directly, or through the company that owns them), grouped by their top-level company so camps sit
 * together. A capability with no rule at all falls back to every recorded crossing.
 */
export function wallAxes(
  actors: readonly ActorLike[],
  allChanges: readonly ChangeLike[],
  axis: WallColumns,
  capability: string,
) {
  // Rows and columns follow the chosen capability, so the map shows who has a rule about it.
  const forCapability = allChanges.filter((c) => c.capability === capability);
  const changes = forCapability.length ? forCapability : allChanges;
  const byId = new Map(actors.map((a) => [a.id, a]));
  // A company that owns nothing recorded stands for itself, like a platform.
  const parents = new Set(actors.map((a) => a.owner));
  const isPlatformLike = (a: ActorLike) =>
    a.kind !== 'regulator' && (a.kind !== 'company' || !parents.has(a.id));
  const hostIds = new Set(changes.map((c) => c.host));
  const named = new Set(changes.flatMap((c) => [c.host, c.target]));
  const touches = (ids: Set<string>, a: ActorLike) => lineage(byId, a.id).some((id) => ids.has(id));
  const top = (id: string) => lineage(byId, id).at(-1)!;
  const order = (list: ActorLike[]) =>
    list.map((a) => a.id).sort((x, y) => top(x).localeCompare(top(y)) || x.localeCompare(y));
  // A host rule reaches the platforms a host company owns, not a payment product under a platform.
  const isHost = (a: ActorLike) =>
    hostIds.has(a.id) ||
    lineage(byId, a.id).some((id) => hostIds.has(id) && byId.get(id)?.kind === 'company');
  const hosts = order(actors.filter((a) => isPlatformLike(a) && isHost(a)));
  const targets =
    axis === 'companies'
      ? order(
          actors.filter(
            (a) =>
              a.kind === 'company' && !a.owner && actors.some((b) => touches(named, b) && top(b.id) === a.id),
          ),
        )
      : order(actors.filter((a) => isPlatformLike(a) && touches(named, a)));
  return { hosts, targets };
}
