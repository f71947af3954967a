import { execFileSync } from 'node:child_process';

/** A detached tmux session running one command, read back with capture-pane. */
export class TmuxSession {
  readonly name = `hutong-e2e-${process.pid}-${Date.now()}`;

  constructor(command: string, { columns = 120, rows = 40 } = {}) {
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(columns),
      '-y',
      String(rows),
      command,
    ]);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  /** tmux key names (`Right`, `S-Left`, `Enter`) or literal text. */
  keys(...keys: string[]): void {
    for (const k of keys) execFileSync('tmux', ['send-keys', '-t', this.name, k]);
  }

  /** Keys sent in one go, as a fast typist's burst reaches the program: in one read. */
  burst(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      const m = pattern.exec(screen);
      if (m) return m;
      if (Date.now() > until)
        throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  kill(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}
