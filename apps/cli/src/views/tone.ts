import type { DecidedStatus, Status } from '@hutong/domain';

/** What a piece of text means; how it looks follows from that and from whether colour is on. */
export type Tone = 'plain' | 'title' | 'dim' | 'accent' | 'error' | Status;

/** A decided status's tone: `mixed` (a broad question's parts differ) reads as an accent. */
export const toneOf = (status: DecidedStatus): Tone => (status === 'mixed' ? 'accent' : status);
