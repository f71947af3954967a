import { z } from 'zod';
import { Actor } from '../schema/actor';
import { Event } from '../schema/event';
import { Figure } from '../schema/figure';
import { Regulation } from '../schema/regulation';
import { Source } from '../schema/source';

/** The file formats import reads and export writes. */
export const TransferFormat = z.enum(['json', 'ndjson', 'csv']);
export type TransferFormat = z.infer<typeof TransferFormat>;

// Written out per kind (not mapped from `entityBodySchema`) so the union stays discriminated in the
// types, and so an issue's path reads `body.changes.0.target`, the field a problem names.
export const EntityRecord = z.discriminatedUnion('entity', [
  z.object({ entity: z.literal('actor'), body: Actor }),
  z.object({ entity: z.literal('source'), body: Source }),
  z.object({ entity: z.literal('event'), body: Event }),
  z.object({ entity: z.literal('regulation'), body: Regulation }),
  z.object({ entity: z.literal('figure'), body: Figure }),
]);
export type EntityRecord = z.infer<typeof EntityRecord>;

/** One entity read from an import file, validated, with the line it starts on. */
export type ImportRow = EntityRecord & { line: number };

/** One thing wrong with an import file: the line, the field path (`body.changes.0.target`) and what. */
export const ImportProblem = z.object({
  line: z.number().int().min(0),
  field: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export interface ParsedImport {
  rows: ImportRow[];
  problems: ImportProblem[];
}

/** An entity as a reader found it, before validation: what it says and where it starts. */
export interface Candidate {
  line: number;
  entity: unknown;
  body: unknown;
}
