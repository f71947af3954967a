import type { MoveSequence, PairMoves } from '../schema/game';

/**
 * The runs of months in [from, until) where both sides have a move, each read from both sides. A
 * month either side cannot score ends a run; the next run starts afresh (its first move is a first
 * move), as a new supergame would.
 */
export function sequencesOf(
  pair: PairMoves,
  { from = '0000-01-01', until = '9999-12-31' }: { from?: string; until?: string } = {},
): MoveSequence[] {
  const out: MoveSequence[] = [];
  let run: { dates: string[]; a: number[]; b: number[] } | null = null;
  const close = () => {
    if (!run || run.dates.length === 0) return;
    const at = run.dates[0]!;
    out.push({
      id: `${pair.a}→${pair.b}@${at}`,
      host: pair.a,
      target: pair.b,
      dates: run.dates,
      own: run.a,
      other: run.b,
    });
    out.push({
      id: `${pair.b}→${pair.a}@${at}`,
      host: pair.b,
      target: pair.a,
      dates: run.dates,
      own: run.b,
      other: run.a,
    });
    run = null;
  };
  for (const m of pair.months) {
    if (m.date < from || m.date >= until || m.a.value === null || m.b.value === null) {
      close();
      continue;
    }
    run ??= { dates: [], a: [], b: [] };
    run.dates.push(m.date);
    run.a.push(m.a.value);
    run.b.push(m.b.value);
  }
  close();
  return out;
}
