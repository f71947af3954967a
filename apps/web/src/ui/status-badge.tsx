import type { DecidedStatus } from '@hutong/domain';
import { useVocab } from '../i18n/use-vocab';

/** A glyph beside the colour, so status never rests on colour alone. */
export const STATUS_GLYPH: Record<DecidedStatus, string> = {
  mixed: '≠',
  open: '✓',
  friction: '⋯',
  partial: '◐',
  blocked: '✕',
  unknown: '?',
};

export function StatusBadge({ status, large = false }: { status: DecidedStatus; large?: boolean }) {
  const vocab = useVocab();
  return (
    <span
      className={`status status-${status}${large ? ' status-large' : ''}`}
      title={vocab('statusHelp', status)}
    >
      <span aria-hidden="true">{STATUS_GLYPH[status]}</span> {vocab('status', status)}
    </span>
  );
}
