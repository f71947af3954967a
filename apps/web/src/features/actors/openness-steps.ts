interface Point {
  date: string;
  value: number | null;
  recorded?: number;
}

/** Only the months where the index or its recorded share moves: the chart's numbers as a short list. */
export function opennessSteps<P extends Point>(points: readonly P[]): P[] {
  const out: P[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (!last || last.value !== p.value || last.recorded !== p.recorded) out.push(p);
  }
  return out;
}

/** A share (0 … 1) as a percentage, with a decimal when small: "0.6 %", "15 %". */
export function percent(share: number): string {
  const p = share * 100;
  return `${p > 0 && p < 10 ? p.toFixed(1) : Math.round(p)} %`;
}

/** Whose openness to compare with by default: the other camp of the Alibaba–Tencent walls, else Tencent. */
export function defaultRival(lineage: readonly string[]): string {
  return lineage.includes('tencent') ? 'alibaba' : 'tencent';
}
