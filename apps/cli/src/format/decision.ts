import { decisionDoc } from '../tui/ui/decision-doc';
import { docText } from '../tui/ui/doc-text';
import type { Decision } from './decision-parts';
import type { Style } from './style';

/** A decision as a reader wants it: the terminal UI's document, printed, with each source on one line. */
export const formatDecision = (d: Decision, s: Style, url?: string): string =>
  docText(decisionDoc(d, { sources: 'compact', ...(url !== undefined && { url }) }), s);
