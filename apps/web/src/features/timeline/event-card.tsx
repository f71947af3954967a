import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { DateText } from '../../ui/date-text';
import { useActors } from '../actors/use-actors';

type Evidence = RouterOutputs['events']['list']['items'][number];

/** One event on the timeline; rumors and disputed events look different and say why. */
export function EventCard({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const vocab = useVocab();
  const { name } = useActors();
  const { event } = evidence;
  const rumor = event.confidence === 'rumor';
  const classes = ['event-card', rumor ? 'is-rumor' : '', event.disputed ? 'is-disputed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes} aria-labelledby={`ev-${event.id}`}>
      <p className="event-meta">
        <DateText date={event.date} precision={event.precision} />
        <span className={`tag kind-${event.kind}`}>{vocab('kind', event.kind)}</span>
        <span className={`tag confidence-${event.confidence}`}>{vocab('confidence', event.confidence)}</span>
      </p>
      <h3 id={`ev-${event.id}`}>
        <Link to={`/events/${encodeURIComponent(event.id)}`}>{l(event.title)}</Link>
      </h3>
      <p className="event-summary">{l(event.summary)}</p>
      {rumor ? <p className="marker marker-rumor">{t('timeline.rumor')}</p> : null}
      {event.disputed ? (
        <p className="marker marker-disputed">{t('timeline.disputed', { why: l(event.disputed) })}</p>
      ) : null}
      <p className="event-foot">
        {event.actors.map(name).join(' · ')}
        {' — '}
        {t('timeline.changes', { count: event.changes.length })},{' '}
        {t('timeline.sources', { count: evidence.sources.length })}
      </p>
    </article>
  );
}
