import type { CommandContext, Io } from './command-context';
import { connect } from './connect';
import { type CliEnv, leaveCiModeForTerminal } from './env';
import { createStyle } from './format/style';
import { report } from './report';
import { COMMANDS } from './spec/command-specs';
import { UsageError } from './usage-error';

export type { Io } from './command-context';

/** A command resolves to its exit code, or to nothing for 0. */
type Command = (args: string[], ctx: CommandContext) => Promise<unknown>;

// Each command loads only what it uses, so a question never pays for the store or the terminal UI.
const COMMAND_MODULES: Record<string, () => Promise<Command>> = {
  decide: async () => (await import('./commands/decide')).decideCommand,
  history: async () => (await import('./commands/history')).historyCommand,
  feed: async () => (await import('./commands/feed')).feedCommand,
  events: async () => (await import('./commands/events')).eventsCommand,
  event: async () => (await import('./commands/event')).eventCommand,
  source: async () => (await import('./commands/source')).sourceCommand,
  actors: async () => (await import('./commands/actors')).actorsCommand,
  compliance: async () => (await import('./commands/compliance')).complianceCommand,
  diff: async () => (await import('./commands/diff')).diffCommand,
  openness: async () => (await import('./commands/openness')).opennessCommand,
  'what-if': async () => (await import('./commands/what-if')).whatIfCommand,
  'why-not': async () => (await import('./commands/why-not')).whyNotCommand,
  figures: async () => (await import('./commands/figures')).figuresCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  token: async () => (await import('./commands/token')).tokenCommand,
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  completion: async () => (await import('./commands/completion')).completionCommand,
};

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
      connect: (opts) =>
        connect({ api, dataDir: env.HUTONG_DATA_DIR, databaseUrl: env.DATABASE_URL, reads: opts?.reads }),
    };
    if (command === undefined) {
      if (!io.isTTY) {
        io.stdout((await import('./help')).globalHelp());
        return 0;
      }
      // In a terminal the explorer; loaded only then, so commands do not pay for Ink and React.
      leaveCiModeForTerminal();
      return await (await import('./tui/explore')).explore(() => ctx.connect(), {
        colour: env.NO_COLOR === undefined,
      });
    }
    const load = COMMAND_MODULES[command];
    if (!load)
      throw new UsageError(`unknown command "${command}" (try: ${COMMANDS.map((c) => c.name).join(', ')})`);
    const code = await (await load())(args, ctx);
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
