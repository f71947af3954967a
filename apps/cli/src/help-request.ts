import { commandNamed } from './spec/command-specs';

export type HelpRequest = { kind: 'global' } | { kind: 'command'; name: string } | null;

/**
 * Whether argv asks for help: `help`, `--help`, `-h`, `help COMMAND`, `COMMAND --help`, or nothing at
 * all without a terminal. Decided before anything heavy loads, so `hutong --help` starts fast.
 */
export function helpRequest(argv: readonly string[], isTTY: boolean): HelpRequest {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--api') i++;
    else if (!argv[i]!.startsWith('--api=')) rest.push(argv[i]!);
  }
  const [first, second] = rest;
  if (first === undefined) return isTTY ? null : { kind: 'global' };
  if (first === 'help' || first === '--help' || first === '-h') {
    if (first === 'help' && (second === '--help' || second === '-h'))
      return { kind: 'command', name: 'help' };
    return commandNamed(second) ? { kind: 'command', name: second! } : { kind: 'global' };
  }
  if (commandNamed(first) && (rest.includes('--help') || rest.includes('-h')))
    return { kind: 'command', name: first };
  return null;
}
