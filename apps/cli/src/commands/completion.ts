import type { CommandContext } from '../command-context';
import { bashCompletion } from '../completion/bash';
import { completionModel } from '../completion/completion-model';
import { fishCompletion } from '../completion/fish';
import { zshCompletion } from '../completion/zsh';
import { UsageError } from '../usage-error';

const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

/** `hutong completion bash|zsh|fish`: the shell's completion script, generated from the command specs. */
export async function completionCommand(args: string[], { io }: CommandContext) {
  const [shell, ...extra] = args;
  const generate = SHELLS[shell as keyof typeof SHELLS];
  if (!generate || extra.length > 0)
    throw new UsageError(
      `completion: name one shell: bash, zsh or fish${shell ? ` (not "${args.join(' ')}")` : ''}`,
    );
  // The script ends in a newline already.
  io.stdout(generate(completionModel()).slice(0, -1));
}
