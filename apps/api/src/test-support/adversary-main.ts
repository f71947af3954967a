import { Agent } from 'node:http';
import { type Answer, attacks, flood } from './adversary';
import { holdStreams, tokenAtInstants } from './stream-and-token-attacks';

// An attacker in a process of its own, as it would be on another machine: its own event loop, so its
// work building requests and reading 10 MB answers never delays the victim's timings.
// Usage: adversary-main BASE FIRST_EPOCH_MS REVISIONS KIND [EDITOR_TOKEN]; KIND is `flood` (the
// anonymous client's requests in turn) or `streams` (event streams at 100/s from many addresses, and
// the editor token asking at distinct instants), each in a process of its own so neither slows the
// other. Says `ready` on stderr once its requests are built, then reads WINDOWS on stdin and prints its
// answers as JSON on stdout, by kind (`{ flood, streams, token }`). WINDOWS is JSON `[[from, to], …]`
// in epoch ms: it attacks inside each window and is quiet between them.
const [base = '', first = '0', revisions = '0', kind = 'flood', token = ''] = process.argv.slice(2);
const span = (Number(revisions) + 1) * 60_000;
let n = 0;
// Distinct instants (never the same millisecond twice) spread over every revision of the log.
const instant = () => new Date(Number(first) - 60_000 + ((n++ * 7_919) % span)).toISOString();
const kinds = attacks(instant);
process.stderr.write('ready\n');
let windows = '';
for await (const chunk of process.stdin) windows += chunk;
let turn = 0;
const agent = new Agent({ keepAlive: true, localAddress: '127.0.0.1' });
const answers = { flood: [] as Answer[], streams: [] as Answer[], token: [] as Answer[] };
const none = Promise.resolve([] as Answer[]);
for (const [from, to] of JSON.parse(windows) as [number, number][]) {
  if (from > Date.now()) await new Promise((r) => setTimeout(r, from - Date.now()));
  const until = performance.now() + (to - Date.now());
  const [flooded, streams, asked] = await Promise.all(
    kind === 'flood'
      ? [flood(agent, base, 4, until, () => kinds[turn++ % kinds.length]!()), none, none]
      : [none, holdStreams(base, until), tokenAtInstants(agent, base, token, 2, until, instant)],
  );
  // One window's answers may be many thousands: appended one by one, not spread as arguments.
  for (const [into, from] of [
    [answers.flood, flooded],
    [answers.streams, streams],
    [answers.token, asked],
  ] as const)
    for (const a of from) into.push(a);
}
agent.destroy();
process.stdout.write(JSON.stringify(answers));
