import type { DecidedStatus } from '@hutong/domain';
import { useVocab } from '../i18n/use-vocab';
import { Term } from './term';

/** A glyph beside the colour, so status never rests on colour alone. */
export const STATUS_GLYPH: Record<DecidedStatus, string> = {
  mixed: '≠',
  open: '✓',
  friction: '⋯',
  partial: '◐',
  blocked: '✕',
  unknown: '?',
};

/** A status as a badge, its glossary explanation as tooltip and accessible description. */
export function StatusBadge({ status, large = false }: { status: DecidedStatus; large?: boolean }) {
  const vocab = useVocab();
  return (
    <Term group="status" id={status} className={`status status-${status}${large ? ' status-large' : ''}`}>
      <span aria-hidden="true">{STATUS_GLYPH[status]}</span> {vocab('status', status)}
    </Term>
  );
}
