interface Point {
  date: string;
  value: number | null;
}

/** Only the months where the index moves: the chart's numbers as a short list for reading. */
export function opennessSteps(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) if (!out.length || out.at(-1)!.value !== p.value) out.push(p);
  return out;
}

/** Whose openness to compare with by default: the other camp of the Alibaba–Tencent walls, else Tencent. */
export function defaultRival(lineage: readonly string[]): string {
  return lineage.includes('tencent') ? 'alibaba' : 'tencent';
}
