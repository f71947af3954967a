#!/usr/bin/env node
import { helpRequest } from './help-request';

// A reader who closes the pipe (`hutong export | head`) has read all they wanted: leave quietly, as
// Unix tools do, instead of dying with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

// Help is answered before anything heavy loads; everything else goes through `run`.
const argv = process.argv.slice(2);
const isTTY = Boolean(process.stdout.isTTY);
const help = helpRequest(argv, isTTY);
if (help) {
  const { helpText } = await import('./help-text');
  process.stdout.write(`${await helpText(help)}\n`);
} else {
  const [{ readCliEnv }, { run }, { terminalIo }] = await Promise.all([
    import('./env'),
    import('./run'),
    import('./terminal-io'),
  ]);
  const code = await run(argv, readCliEnv(), terminalIo());
  // `serve` keeps running until a signal; everything else ends here.
  if (argv[0] !== 'serve' || code !== 0) process.exitCode = code;
}
