import { useEffect, useRef } from 'react';

/** While `playing`, advances one step every `ms` until the last, then stops. */
export function usePlay(
  playing: boolean,
  index: number,
  last: number,
  step: (next: number) => void,
  stop: () => void,
  ms = 600,
) {
  const latest = useRef({ index, step, stop });
  latest.current = { index, step, stop };
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { index: i, step: go, stop: halt } = latest.current;
      if (i >= last) halt();
      else go(i + 1);
    }, ms);
    return () => clearInterval(timer);
  }, [playing, last, ms]);
}
