import { type Actor, dayNumber, type Surface } from '../../schema';
import type { LedgerIndex } from '../fold/fold';

/** The days a platform exists on, from `launched` to the day before `closed` (open ends without them). */
export interface Lifetime {
  readonly from: number;
  /** The first day it no longer exists. */
  readonly to: number;
}

const ALWAYS: Lifetime = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };

function lifetimeOf(actor: Actor | undefined): Lifetime {
  if (!actor?.launched && !actor?.closed) return ALWAYS;
  return {
    from: actor.launched ? (dayNumber(actor.launched.date) ?? ALWAYS.from) : ALWAYS.from,
    to: actor.closed ? (dayNumber(actor.closed.date) ?? ALWAYS.to) : ALWAYS.to,
  };
}

/** When both sides of a crossing exist: a part about a platform not yet launched (or closed) cannot be answered. */
export function crossingLifetime(index: LedgerIndex, host: string, target: string): Lifetime {
  const h = lifetimeOf(index.actors.get(host));
  const t = lifetimeOf(index.actors.get(target));
  if (h === ALWAYS && t === ALWAYS) return ALWAYS;
  return { from: Math.max(h.from, t.from), to: Math.min(h.to, t.to) };
}

/** Whether the host platform has the surface at all (WeChat Channels has no private chat). */
export function hasSurface(index: LedgerIndex, host: string, surface: Surface): boolean {
  const surfaces = index.actors.get(host)?.surfaces;
  return surface === '*' || !surfaces || surfaces.includes(surface);
}

/** The side of a crossing that did not exist on `day`, for the hint of an unknown answer. */
export function absentOn(index: LedgerIndex, host: string, target: string, day: number): Actor | null {
  for (const id of [host, target]) {
    const actor = index.actors.get(id);
    const life = lifetimeOf(actor);
    if (actor && (day < life.from || day >= life.to)) return actor;
  }
  return null;
}
