import { Fragment, type ReactNode } from 'react';

/** Stands in a translated sentence for an element the sentence cannot carry itself (a term, a link). */
export const SLOT = '\u0000';

/** A translated sentence with its SLOT replaced by `node`: `withSlot(t('…', { status: SLOT }), <Term …/>)`. */
export function withSlot(text: string, node: ReactNode): ReactNode {
  const parts = text.split(SLOT);
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence, in order
    <Fragment key={i}>
      {i ? node : null}
      {part}
    </Fragment>
  ));
}
