import { Capability, EventKind, RecordedStatus, Surface, TransferFormat } from '@hutong/domain';
import type { FlagSpec, Vocabulary } from './flag-spec';

/** The values a vocabulary allows, from the domain's own schemas (so help and completions cannot drift). */
export const VOCABULARIES: Record<Vocabulary, readonly string[]> = {
  surface: Surface.options,
  capability: Capability.options,
  kind: EventKind.options,
  format: TransferFormat.options,
  // The token roles of @hutong/store (checked equal in its test), without loading the store for help.
  role: ['editor', 'admin'],
  shell: ['bash', 'zsh', 'fish'],
  status: RecordedStatus.options,
};

export const valuesOf = (f: FlagSpec): readonly string[] => (f.vocabulary ? VOCABULARIES[f.vocabulary] : []);
