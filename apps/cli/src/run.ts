import { closestIds } from '@hutong/domain';
import { type ClientOptions, openLocal } from '@hutong/runtime';
import type { CommandContext, Io } from './command-context';
import { type CliEnv, leaveCiModeForTerminal } from './env';
import { createsStore } from './first-run';
import { createStyle } from './format/style';
import { report } from './report';
import { COMMANDS, commandNamed } from './spec/command-specs';
import { UsageError } from './usage-error';

export type { Io } from './command-context';

/** Runs one invocation and returns its exit code; never throws. */
export async function run(argv: string[], env: CliEnv, io: Io): Promise<number> {
  try {
    const { api, rest } = takeGlobalFlags(argv, env.HUTONG_API);
    const [command, ...args] = rest;
    const out = { line: io.stdout, style: createStyle(io.isTTY && env.NO_COLOR === undefined) };
    const ctx: CommandContext = {
      env,
      io,
      out,
      api,
      // One implementation behind open's two overloads (what `reads` may give back).
      open: (async (opts?: ClientOptions) => {
        // The first run seeds the store for seconds: say so, then how much it holds.
        const first = createsStore(api, env);
        if (first) io.stderr(`hutong: creating the ledger in ${env.HUTONG_DATA_DIR} (first run)…`);
        const local = await openLocal(localEnv(api, env), opts);
        if (first) io.stderr(`hutong: … ${(await local.client.ledger.stats.query()).events} events`);
        return local;
      }) as CommandContext['open'],
      openStore: ({ seeded, api: viaApi }) =>
        openLocal(localEnv(viaApi ? api : undefined, env), { storeOnly: { seeded } }),
      read: async (fn) => {
        const local = await ctx.open({ reads: true });
        try {
          return await fn(local.client);
        } finally {
          await local.close();
        }
      },
    };
    if (command === undefined) {
      if (!io.isTTY) {
        io.stdout((await import('./help')).globalHelp());
        return 0;
      }
      // In a terminal the explorer; loaded only then, so commands do not pay for Ink and React.
      leaveCiModeForTerminal();
      return await (await import('./tui/explore')).explore(() => ctx.open(), {
        colour: env.NO_COLOR === undefined,
      });
    }
    const entry = commandNamed(command);
    const names = COMMANDS.map((c) => c.name);
    if (!entry)
      throw new UsageError(
        `unknown command "${command}" — did you mean ${closestIds(command, names, 1)[0]}? (commands: ${names.join(', ')})`,
      );
    const code = await (await entry.load())(args, ctx);
    return typeof code === 'number' ? code : 0;
  } catch (err) {
    return report(err, io);
  }
}

function takeGlobalFlags(argv: string[], fallback: string | undefined) {
  const rest: string[] = [];
  let api = fallback;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--api') {
      api = argv[++i];
      if (!api) throw new UsageError('--api needs a URL');
    } else if (a.startsWith('--api=')) api = a.slice(6);
    else rest.push(a);
  }
  return { api, rest };
}

/** Where the ledger is, from `--api` and the environment (keys left out when unset). */
const localEnv = (api: string | undefined, env: CliEnv) => ({
  dataDir: env.HUTONG_DATA_DIR,
  ...(api !== undefined && { api }),
  ...(env.DATABASE_URL !== undefined && { databaseUrl: env.DATABASE_URL }),
});
