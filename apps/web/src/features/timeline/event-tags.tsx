import type { RouterOutputs } from '@hutong/client';
import { useVocab } from '../../i18n/use-vocab';

type Event = RouterOutputs['events']['get']['event'];

/** The kind and the confidence; a rumor is a kind and a confidence both, and says so once. */
export function EventTags({ event }: { event: Pick<Event, 'kind' | 'confidence'> }) {
  const vocab = useVocab();
  return (
    <>
      <span className={`tag kind-${event.kind}`}>{vocab('kind', event.kind)}</span>
      {event.confidence !== event.kind ? (
        <span className={`tag confidence-${event.confidence}`}>{vocab('confidence', event.confidence)}</span>
      ) : null}
    </>
  );
}
