import { readCliEnv } from './env';
import { run } from './run';

const code = await run(process.argv.slice(2), readCliEnv(), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTTY: Boolean(process.stdout.isTTY),
});
// `serve` keeps running until a signal; everything else ends here.
if (process.argv[2] !== 'serve' || code !== 0) process.exitCode = code;
