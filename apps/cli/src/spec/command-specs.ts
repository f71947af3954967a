import type { Command } from '../command-context';
import { completionSpec, exportSpec, helpSpec, importSpec, serveSpec, tokenSpec } from './admin-specs';
import type { CommandSpec } from './flag-spec';
import { blameSpec, gameSpec } from './game-specs';
import {
  actorsSpec,
  complianceSpec,
  decideSpec,
  diffSpec,
  eventSpec,
  eventsSpec,
  feedSpec,
  figuresSpec,
  historySpec,
  opennessSpec,
  sourceSpec,
  whatIfSpec,
  whyNotSpec,
} from './query-specs';

/** A command: its name, flags and help (the spec), and its handler, loaded only when it runs. */
export interface CommandEntry extends CommandSpec {
  load(): Promise<Command>;
}

/**
 * Every command, once: `run` dispatches through it, and the help screens, `COMMAND --help`, the flag
 * parsers and the shell completions read it. Each handler is its own chunk, so a question never pays
 * for the store or the terminal UI.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { ...decideSpec, load: async () => (await import('../commands/decide')).decideCommand },
  { ...historySpec, load: async () => (await import('../commands/history')).historyCommand },
  { ...feedSpec, load: async () => (await import('../commands/feed')).feedCommand },
  { ...eventsSpec, load: async () => (await import('../commands/events')).eventsCommand },
  { ...eventSpec, load: async () => (await import('../commands/event')).eventCommand },
  { ...sourceSpec, load: async () => (await import('../commands/source')).sourceCommand },
  { ...actorsSpec, load: async () => (await import('../commands/actors')).actorsCommand },
  { ...complianceSpec, load: async () => (await import('../commands/compliance')).complianceCommand },
  { ...diffSpec, load: async () => (await import('../commands/diff')).diffCommand },
  { ...opennessSpec, load: async () => (await import('../commands/openness')).opennessCommand },
  { ...whatIfSpec, load: async () => (await import('../commands/what-if')).whatIfCommand },
  { ...whyNotSpec, load: async () => (await import('../commands/why-not')).whyNotCommand },
  { ...gameSpec, load: async () => (await import('../commands/game')).gameCommand },
  { ...blameSpec, load: async () => (await import('../commands/blame')).blameCommand },
  { ...figuresSpec, load: async () => (await import('../commands/figures')).figuresCommand },
  { ...serveSpec, load: async () => (await import('../commands/serve')).serveCommand },
  { ...tokenSpec, load: async () => (await import('../commands/token')).tokenCommand },
  { ...importSpec, load: async () => (await import('../commands/import')).importCommand },
  { ...exportSpec, load: async () => (await import('../commands/export')).exportCommand },
  { ...completionSpec, load: async () => (await import('../commands/completion')).completionCommand },
  { ...helpSpec, load: async () => (await import('../commands/help')).helpCommand },
];

export const commandNamed = (name: string | undefined) => COMMANDS.find((c) => c.name === name);
