import { crossingId } from '@hutong/domain/plain';
import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { BasisText } from '../../ui/basis-text';
import { DateText } from '../../ui/date-text';
import { RecordLink } from '../../ui/record-link';
import { StatusBadge } from '../../ui/status-badge';
import { Term } from '../../ui/term';
import { useActors } from '../actors/use-actors';
import type { Decision } from './decision-view';

/** The level an inherited answer came from, in the reader's words ("every surface, Alibaba"). */
function useLevel() {
  const vocab = useVocab();
  const { name } = useActors();
  return (f: Decision['inheritedFrom']) =>
    [
      f?.host ? name(f.host) : '',
      f?.surface ? vocab('surface', '*') : '',
      f?.target ? (f.target === '*' ? '*' : name(f.target)) : '',
    ]
      .filter(Boolean)
      .join(', ');
}

/** Basis, uncertainty window, what the rest get, a company's platforms and the nearest records (hutong-decide/4). */
export function DecisionQualifiers({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { name } = useActors();
  const level = useLevel();
  // `*` beside named surfaces stands for the rest of them (method-decide §6).
  const named = d.byPlatform?.some((p) => p.surface !== '*') ?? false;
  return (
    <>
      <dl className="facts qualifiers">
        <dt>{t('decision.basis')}</dt>
        <dd data-basis={d.basis}>
          <BasisText basis={d.basis} />
          {d.inheritedFrom ? ` — ${t('decision.inheritedFrom', { level: level(d.inheritedFrom) })}` : ''}
          {d.rule ? (
            <>
              {' '}
              <RecordLink className="tag" id={d.rule.event} />
            </>
          ) : null}
        </dd>
        {d.rule?.cause ? (
          <>
            <dt>{t('decision.cause')}</dt>
            <dd data-testid="cause">{t(`decision.causeText.${d.rule.cause}`)}</dd>
          </>
        ) : null}
        {d.uncertain ? (
          <>
            <dt>{t('decision.uncertain')}</dt>
            <dd className="uncertain" data-testid="uncertain">
              <DateText date={d.uncertain.from} /> – <DateText date={d.uncertain.to} />:{' '}
              <StatusBadge status={d.uncertain.before} /> → <StatusBadge status={d.uncertain.after} />{' '}
              <span className="help">
                {t('decision.uncertainText', {
                  from: d.uncertain.from,
                  to: d.uncertain.to,
                  before: vocab('status', d.uncertain.before),
                  after: vocab('status', d.uncertain.after),
                })}
              </span>
            </dd>
          </>
        ) : null}
        {d.rest ? (
          <>
            <dt>{t('decision.rest')}</dt>
            <dd data-testid="rest">
              <StatusBadge status={d.rest.status} />
              {d.rest.friction.length
                ? ` (${d.rest.friction.map((f) => vocab('friction', f)).join(', ')})`
                : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {d.byPlatform?.length ? (
        <table className="by-platform stack">
          <caption>{t('decision.byPlatform')}</caption>
          <tbody>
            {d.byPlatform.map((p) => (
              <tr key={`${p.host}|${p.surface}|${p.target}`}>
                <th scope="row">
                  {name(p.host)} → {name(p.target)} ·{' '}
                  {p.surface === '*' && named ? t('decision.otherSurfaces') : vocab('surface', p.surface)}
                </th>
                <td>
                  <StatusBadge status={p.status} />
                </td>
                <td>
                  <BasisText basis={p.basis} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {d.nearby?.length ? (
        <section aria-label={t('decision.nearby')}>
          <p className="help">{t('decision.nearbyHelp')}</p>
          <ul className="nearby">
            {d.nearby.map((n) => (
              <li key={`${crossingId(n)}`}>
                {name(n.host)} · {vocab('surface', n.surface)} · {vocab('capability', n.capability)} ·{' '}
                {n.target === '*' ? '*' : name(n.target)} <StatusBadge status={n.status} />{' '}
                <Term group="relation" id={n.relation} className="tag">
                  {t(`decision.relation.${n.relation}`)}
                </Term>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
