import type { Io } from '../command-context';

export interface Progress {
  /** `done` of `total` (rows, bytes); without a total, a phase whose end is unknown (elapsed time shown). */
  update(label: string, done: number, total?: number): void;
  /** Shows `label` with the elapsed time until `work` settles. */
  during<T>(label: string, work: Promise<T>): Promise<T>;
  /** Clears the bar's line. */
  finish(): void;
}

const WIDTH = 24;
const EVERY_MS = 80;
const none: Progress = { update() {}, during: (_label, work) => work, finish() {} };

/**
 * A one-line progress bar on stderr, only when stderr is a terminal and the output is not JSON:
 * nothing at all in pipes, files or scripts. It appears once a phase of at least `minimum` units
 * (default 1,000) starts, so small jobs stay quiet; later phases follow it.
 */
export function progressBar(io: Io, opts: { json: boolean; minimum?: number }): Progress {
  const write = io.stderrRaw;
  if (!io.stderrIsTTY || !write || opts.json) return none;
  const started = Date.now();
  let last = 0;
  let shown = false;
  let big = false;
  const bar: Progress = {
    update(label, done, total) {
      big ||= total !== undefined && total >= (opts.minimum ?? 1000);
      if (!big) return;
      const now = Date.now();
      if (shown && now - last < EVERY_MS && done !== total) return;
      last = now;
      shown = true;
      write(`\r\x1b[K${renderProgress(label, done, total, now - started)}`);
    },
    async during(label, work) {
      if (!big) return work;
      const since = Date.now();
      const tick = () => {
        shown = true;
        write(`\r\x1b[K${renderProgress(label, 0, undefined, Date.now() - since)}`);
      };
      tick();
      const timer = setInterval(tick, 100);
      try {
        return await work;
      } finally {
        clearInterval(timer);
      }
    },
    finish() {
      if (shown) write('\r\x1b[K');
    },
  };
  return bar;
}

/** `label [#########---------]  45%  4,500/10,000`, or the elapsed seconds when the total is unknown. */
export function renderProgress(
  label: string,
  done: number,
  total: number | undefined,
  elapsedMs: number,
): string {
  if (total === undefined || total <= 0) return `${label} … ${(elapsedMs / 1000).toFixed(1)} s`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  const n = (x: number) => x.toLocaleString('en-US');
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${n(done)}/${n(total)}`;
}
