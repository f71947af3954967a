import type { DecidedStatus } from '@hutong/domain';

/** A letter per status, so the matrix reads without colour. */
export const STATUS_LETTER: Record<DecidedStatus, string> = {
  mixed: 'M',
  open: 'O',
  friction: 'F',
  partial: 'P',
  blocked: 'B',
  unknown: '?',
};
