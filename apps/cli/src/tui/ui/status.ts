import { Status } from '@hutong/domain';

/** A letter per status, so the matrix reads without colour. */
export const STATUS_LETTER: Record<Status, string> = {
  open: 'O',
  friction: 'F',
  partial: 'P',
  blocked: 'B',
  unknown: '?',
};

export const STATUSES = Status.options;
