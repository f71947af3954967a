import { describe, expect, it } from 'vitest';
import type { Io } from '../command-context';
import { progressBar, renderProgress } from './progress';

const io = (tty: boolean) => {
  const written: string[] = [];
  const value: Io = {
    stdout() {},
    stderr() {},
    isTTY: tty,
    stderrIsTTY: tty,
    stderrRaw: (t) => written.push(t),
  };
  return { value, written };
};

describe('progressBar', () => {
  it('draws on a terminal, rewriting one line, and clears it at the end', () => {
    const { value, written } = io(true);
    const bar = progressBar(value, { json: false });
    bar.update('validating', 0, 5000);
    bar.update('validating', 5000, 5000);
    bar.finish();
    expect(written[0]).toBe(`\r\x1b[Kvalidating [${'-'.repeat(24)}]   0%  0/5,000`);
    expect(written[1]).toMatch(/\[#{24}\] 100% {2}5,000\/5,000$/);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('stays silent when piped, under --json, and for small jobs', () => {
    for (const [tty, json, total] of [
      [false, false, 5000],
      [true, true, 5000],
      [true, false, 10],
    ] as const) {
      const { value, written } = io(tty);
      const bar = progressBar(value, { json });
      bar.update('validating', 1, total);
      bar.finish();
      expect(written).toEqual([]);
    }
  });

  it('shows elapsed time for a phase without a known end', () => {
    expect(renderProgress('storing 5,000 rows', 0, undefined, 1500)).toBe('storing 5,000 rows … 1.5 s');
  });
});
