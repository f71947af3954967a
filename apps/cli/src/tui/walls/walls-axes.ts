import type { RouterOutputs } from '@hutong/client';

type Walls = RouterOutputs['analysis']['walls'];

export interface Axes {
  hosts: string[];
  targets: string[];
}

const NO_AXES: Axes = { hosts: [], targets: [] };

/**
 * The matrix's rows and columns as the server derives them from the ledger (`analysis.walls`),
 * camps already together, and each actor's camp (itself when the server did not name one).
 */
export function axesOf(walls: Walls | undefined): { axes: Axes; camp: (id: string) => string } {
  if (!walls) return { axes: NO_AXES, camp: (id) => id };
  const camps = new Map([...walls.hosts, ...walls.targets].map((a) => [a.id, a.camp]));
  return {
    axes: { hosts: walls.hosts.map((a) => a.id), targets: walls.targets.map((a) => a.id) },
    camp: (id) => camps.get(id) ?? id,
  };
}
