import type { RouterOutputs } from '@hutong/client';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { DateText } from '../../ui/date-text';
import { SourceList } from '../../ui/source-list';
import { DisputeNote } from '../sources/dispute-note';

type Evidence = RouterOutputs['decisions']['decide']['evidence'][number];

/** The events behind a decision, earliest first, each with its quoted sources. */
export function EvidenceChain({ items }: { items: readonly Evidence[] }) {
  const l = useLocalized();
  return (
    <ol className="evidence">
      {items.map(({ event, sources }) => (
        <li key={event.id} className={event.confidence === 'rumor' ? 'is-rumor' : undefined}>
          <p className="evidence-title">
            <DateText date={event.date} precision={event.precision} />{' '}
            <Link to={`/events/${encodeURIComponent(event.id)}`}>{l(event.title)}</Link>
          </p>
          {event.disputed ? <DisputeNote text={l(event.disputed)} /> : null}
          <SourceList sources={sources} />
        </li>
      ))}
    </ol>
  );
}
