import type { CommandContext } from '../command-context';
import { helpRequest } from '../help-request';

/** `hutong help [COMMAND]`, when it reaches `run` (the binary answers it before loading anything). */
export async function helpCommand(args: string[], { out }: CommandContext) {
  const { helpText } = await import('../help-text');
  out.line(await helpText(helpRequest(['help', ...args], false) ?? { kind: 'global' }));
}
