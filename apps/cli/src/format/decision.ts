import { decisionDoc } from '../views/decision-doc';
import type { Decision } from '../views/decision-parts';
import { docText } from './doc-text';
import type { Style } from './style';

/** A decision as a reader wants it: the terminal UI's document, printed, with each source on one line. */
export const formatDecision = (d: Decision, s: Style, url?: string): string =>
  docText(decisionDoc(d, { sources: 'compact', ...(url !== undefined && { url }) }), s);
