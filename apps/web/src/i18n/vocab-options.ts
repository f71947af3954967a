import type { Capability, Confidence, EventKind, Status, Surface } from '@hutong/domain';
import { vocabEn } from './vocab-en';

/**
 * The vocabularies' ids for pickers, without loading zod into the first view: the label tables are
 * checked against the domain enums at compile time, so these lists are exactly the enums' values.
 */
const ids = <K extends string>(table: Record<K, string>) => Object.keys(table) as K[];

export const CAPABILITIES: readonly Capability[] = ids(vocabEn.capability);
// `other` labels a view's `*` part; it is never asked, so pickers leave it out.
export const SURFACES: readonly Surface[] = ids(vocabEn.surface).filter((s): s is Surface => s !== 'other');
export const EVENT_KINDS: readonly EventKind[] = ids(vocabEn.kind);
export const CONFIDENCES: readonly Confidence[] = ids(vocabEn.confidence);
// `mixed` is how an answer sums up a broad question's parts, never a status a rule sets or a cell legend needs.
export const STATUSES: readonly Status[] = ids(vocabEn.status).filter((s): s is Status => s !== 'mixed');
