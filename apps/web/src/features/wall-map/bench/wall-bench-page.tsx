import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { WallBoard } from '../wall-board';
import { syntheticWall } from './synthetic-wall';

export interface BenchResult {
  churn: number;
  steps: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

declare global {
  interface Window {
    /** Steps the synthetic 60 × 60 wall `steps` times and times each state update + render. */
    hutongWallBench?: (churn: number, steps: number) => Promise<BenchResult>;
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Not a view: a fixed 60 × 60 wall that the e2e run steps through to time a slider step. */
export function WallBenchPage() {
  const [churn, setChurn] = useState(0.05);
  const wall = useMemo(() => syntheticWall(60, 61, churn), [churn]);
  const [index, setIndex] = useState(0);
  const [result, setResult] = useState<BenchResult | null>(null);
  window.hutongWallBench = async (nextChurn, steps) => {
    flushSync(() => {
      setChurn(nextChurn);
      setIndex(0);
    });
    await new Promise((r) => setTimeout(r, 50));
    const times: number[] = [];
    for (let s = 1; s <= steps; s++) {
      const start = performance.now();
      performance.mark('wall-step-start');
      // Exactly what a slider step does: a state update, rendered and committed synchronously.
      flushSync(() => setIndex(s % 61));
      performance.measure('wall-step', 'wall-step-start');
      times.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const r = {
      churn: nextChurn,
      steps,
      medianMs: quantile(sorted, 0.5),
      p95Ms: quantile(sorted, 0.95),
      maxMs: sorted.at(-1)!,
    };
    setResult(r);
    return r;
  };
  return (
    <>
      <h1>Wall map benchmark (60 × 60)</h1>
      <p>
        Stop {index}: {wall.dates[index % wall.dates.length]}
      </p>
      <output data-testid="bench-result">{result ? JSON.stringify(result) : ''}</output>
      <WallBoard
        rows={wall.rows}
        cols={wall.cols}
        cells={wall.frames[index % wall.frames.length]!}
        caption="Synthetic wall"
        onOpen={() => {}}
      />
    </>
  );
}
