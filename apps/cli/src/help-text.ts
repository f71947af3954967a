import { commandHelp, globalHelp } from './help';
import type { HelpRequest } from './help-request';
import { commandNamed } from './spec/command-specs';

/** The text for a help request; a command's page lists each flag's allowed values (from the domain). */
export async function helpText(req: NonNullable<HelpRequest>): Promise<string> {
  const spec = req.kind === 'command' ? commandNamed(req.name) : undefined;
  if (!spec) return globalHelp();
  const { valuesOf } = await import('./spec/vocabulary');
  return commandHelp(spec, valuesOf);
}
