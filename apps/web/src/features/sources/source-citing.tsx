import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { ActorLink } from '../../ui/actor-link';
import { DateText } from '../../ui/date-text';
import { citationsOf } from './source-citations';

interface Props {
  id: string;
  lang: string;
  events: RouterOutputs['events']['list']['items'];
  figures: RouterOutputs['figures']['list'];
  regulations: RouterOutputs['regulations']['list'];
}

const Quotes = ({ quotes, lang }: { quotes: readonly string[]; lang: string }) => (
  <>
    {quotes.map((q) => (
      <blockquote key={q} lang={lang}>
        <p>{q}</p>
      </blockquote>
    ))}
  </>
);

/** Every event, figure and regulation citing one source, each with what it quotes. */
export function SourceCitations({ id, lang, events, figures, regulations }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const citing = citationsOf(id, events, figures, regulations);
  return (
    <>
      <h2>{t('sources.events')}</h2>
      {citing.events.length ? (
        <ul className="citing" data-testid="citing-events">
          {citing.events.map(({ item, quotes }) => (
            <li key={item.event.id} className="source">
              <DateText date={item.event.date} precision={item.event.precision} />{' '}
              <Link to={`/events/${encodeURIComponent(item.event.id)}`}>{l(item.event.title)}</Link>
              <Quotes quotes={quotes} lang={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice notice-empty">{t('sources.noEvents')}</p>
      )}
      <h2>{t('sources.figures')}</h2>
      {citing.figures.length ? (
        <ul className="citing" data-testid="citing-figures">
          {citing.figures.map(({ figure, quote }) => (
            <li key={figure.id} className="source">
              <ActorLink id={figure.actor} />: {l(figure.label)} — <strong>{figure.value}</strong>{' '}
              {figure.unit} (<DateText date={figure.date} precision={figure.precision} />)
              <Quotes quotes={[quote]} lang={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice notice-empty">{t('sources.noFigures')}</p>
      )}
      {citing.regulations.length ? (
        <>
          <h2>{t('sources.regulations')}</h2>
          <ul className="citing">
            {citing.regulations.map(({ regulation, quotes }) => (
              <li key={regulation.id} className="source">
                {l(regulation.title)}
                <Quotes quotes={quotes} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
