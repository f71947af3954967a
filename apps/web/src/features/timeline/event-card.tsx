import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { DateText } from '../../ui/date-text';
import { useActors } from '../actors/use-actors';
import { DisputeNote } from '../sources/dispute-note';
import { NumberedText } from '../sources/numbered-text';
import { EventTags } from './event-tags';

type Evidence = RouterOutputs['events']['list']['items'][number];

/** One event on the timeline; rumors and disputed events look different and say why. */
export function EventCard({
  evidence,
  switchedOff,
  onSwitch,
}: {
  evidence: Evidence;
  /** For what-if: whether the event is switched off, and how to switch it. */
  switchedOff?: boolean;
  onSwitch?: (off: boolean) => void;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { name } = useActors();
  const { event } = evidence;
  const rumor = event.confidence === 'rumor';
  const classes = [
    'event-card',
    rumor ? 'is-rumor' : '',
    event.disputed ? 'is-disputed' : '',
    switchedOff ? 'is-switched-off' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes} aria-labelledby={`ev-${event.id}`}>
      <p className="event-meta">
        <DateText date={event.date} precision={event.precision} />
        <EventTags event={event} />
      </p>
      <h3 id={`ev-${event.id}`}>
        <Link to={`/events/${encodeURIComponent(event.id)}`}>{l(event.title)}</Link>
      </h3>
      <p className="event-summary">
        <NumberedText text={l(event.summary)} />
      </p>
      {rumor ? <p className="marker marker-rumor">{t('timeline.rumor')}</p> : null}
      {event.disputed ? <DisputeNote text={l(event.disputed)} /> : null}
      <p className="event-foot">
        {event.actors.map(name).join(' · ')}
        {' — '}
        {t('timeline.changes', { count: event.changes.length })},{' '}
        {t('timeline.sources', { count: evidence.sources.length })}
      </p>
      {onSwitch && !rumor ? (
        <button
          type="button"
          className="what-if-switch"
          aria-pressed={Boolean(switchedOff)}
          aria-label={t(switchedOff ? 'whatIf.switchOnLabel' : 'whatIf.switchOffLabel', {
            title: l(event.title),
          })}
          title={t('whatIf.switchOffHelp')}
          onClick={() => onSwitch(!switchedOff)}
        >
          {t(switchedOff ? 'whatIf.switchOn' : 'whatIf.switchOff')}
        </button>
      ) : null}
    </article>
  );
}
