import type { DecidedStatus } from '@hutong/domain';

/** ANSI styling that turns itself off for NO_COLOR and for pipes. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  status(status: DecidedStatus, text?: string): string;
}

const STATUS_COLOUR: Record<DecidedStatus, number> = {
  open: 32,
  friction: 33,
  partial: 36,
  blocked: 31,
  unknown: 90,
  mixed: 35,
};

export function createStyle(colour: boolean): Style {
  const wrap = (code: number, s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    bold: (s) => wrap(1, s),
    dim: (s) => wrap(2, s),
    status: (status, text = status) => wrap(STATUS_COLOUR[status], text),
  };
}
