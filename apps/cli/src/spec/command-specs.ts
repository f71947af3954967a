import { completionSpec, exportSpec, helpSpec, importSpec, serveSpec, tokenSpec } from './admin-specs';
import type { CommandSpec } from './flag-spec';
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

/** Every command: the help screens, `COMMAND --help`, the flag parsers and the shell completions read this. */
export const COMMANDS: readonly CommandSpec[] = [
  decideSpec,
  historySpec,
  feedSpec,
  eventsSpec,
  eventSpec,
  sourceSpec,
  actorsSpec,
  complianceSpec,
  diffSpec,
  opennessSpec,
  whatIfSpec,
  whyNotSpec,
  figuresSpec,
  serveSpec,
  tokenSpec,
  importSpec,
  exportSpec,
  completionSpec,
  helpSpec,
];

export const commandNamed = (name: string | undefined) => COMMANDS.find((c) => c.name === name);
