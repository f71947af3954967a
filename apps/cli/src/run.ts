import { TRPCClientError } from '@hutong/client';
import { actorsCommand } from './commands/actors';
import { complianceCommand } from './commands/compliance';
import { decideCommand } from './commands/decide';
import { diffCommand } from './commands/diff';
import { eventsCommand } from './commands/events';
import { exportCommand } from './commands/export';
import { figuresCommand } from './commands/figures';
import { importCommand } from './commands/import';
import { opennessCommand } from './commands/openness';
import { serveCommand } from './commands/serve';
import { tokenCommand } from './commands/token';
import { connect } from './connect';
import { type CliEnv, leaveCiModeForTerminal } from './env';
import { createStyle } from './format/style';
import { HELP } from './help';
import { UsageError } from './usage-error';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** Runs one invocation and returns its exit code; never throws. */
export async function run(argv: string[], env: CliEnv, io: Io): Promise<number> {
  try {
    const { api, rest } = takeGlobalFlags(argv, env.HUTONG_API);
    const [command, ...args] = rest;
    const out = { line: io.stdout, style: createStyle(io.isTTY && env.NO_COLOR === undefined) };
    const open = () => connect({ api, dataDir: env.HUTONG_DATA_DIR, databaseUrl: env.DATABASE_URL });
    switch (command) {
      case 'decide':
        return await done(decideCommand(args, open, out));
      case 'events':
        return await done(eventsCommand(args, open, out));
      case 'actors':
        return await done(actorsCommand(args, open, out));
      case 'compliance':
        return await done(complianceCommand(args, open, out));
      case 'diff':
        return await done(diffCommand(args, open, out));
      case 'openness':
        return await done(opennessCommand(args, open, out));
      case 'figures':
        return await done(figuresCommand(args, open, out));
      case 'serve':
        return await done(serveCommand(args));
      case 'token':
        return await done(tokenCommand(args, env, out, io.stderr));
      case 'import':
        return await importCommand(args, env, io);
      case 'export':
        return await exportCommand(args, env, io);
      case undefined:
        // In a terminal the explorer; loaded only then, so commands do not pay for Ink and React.
        if (io.isTTY) {
          leaveCiModeForTerminal();
          return await (await import('./tui/explore')).explore(open, { colour: env.NO_COLOR === undefined });
        }
        io.stdout(HELP);
        return 0;
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP);
        return 0;
      default:
        throw new UsageError(
          `unknown command "${command}" (try: decide, events, actors, compliance, diff, openness, figures, serve, token, import, export, help)`,
        );
    }
  } catch (err) {
    return report(err, io);
  }
}

const done = async (p: Promise<unknown>) => {
  await p;
  return 0;
};

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

/** One line on stderr: bad arguments and unknown ids exit 2, an unreachable or failing server 1. */
function report(err: unknown, io: Io): number {
  if (err instanceof UsageError) {
    io.stderr(`hutong: ${err.message}`);
    return 2;
  }
  if (err instanceof TRPCClientError) {
    const code = (err.data as { code?: string } | undefined)?.code;
    if (code === 'BAD_REQUEST' || code === 'NOT_FOUND') {
      io.stderr(`hutong: ${err.message}`);
      return 2;
    }
    const cause = err.cause instanceof Error ? err.cause.message : '';
    io.stderr(
      `hutong: the server failed: ${err.message}${cause && cause !== err.message ? ` (${cause})` : ''}`,
    );
    return 1;
  }
  io.stderr(`hutong: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}
