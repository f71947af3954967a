#!/usr/bin/env node
import { helpRequest } from './help-request';

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
