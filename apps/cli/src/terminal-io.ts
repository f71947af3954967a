import type { Io } from './command-context';

/** The process's own streams. */
export function terminalIo(): Io {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrRaw: (text) => process.stderr.write(text),
  };
}
