import type { RouterOutputs } from '@hutong/client';
import type { DecidedStatus } from '@hutong/domain';
import { windowIsPeriod } from '@hutong/domain/plain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { DateText } from '../../ui/date-text';
import { StatusBadge } from '../../ui/status-badge';
import { Term } from '../../ui/term';
import { SLOT, withSlot } from '../../ui/with-slot';
import { useActors } from '../actors/use-actors';
import { CrossingHistory } from '../history/crossing-history';
import { DecisionQualifiers } from './decision-qualifiers';
import { EvidenceChain } from './evidence-chain';
import { RuleLine } from './rule-line';

export type Decision = RouterOutputs['decisions']['decide'];

/** The verdict first, then why (the deciding rule and the rules it beat), then who says so. */
export function DecisionView({
  decision: d,
  headingLevel = 2,
}: {
  decision: Decision;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const lang = useLang();
  const { name } = useActors();
  const H = `h${headingLevel}` as const;
  const q = d.question;
  return (
    <section className="decision" aria-label={t('decision.verdict')}>
      <p className="decision-question">
        {t('decision.question', {
          host: name(q.host),
          surface: vocab('surface', q.surface),
          capability: vocab('capability', q.capability),
          target: name(q.target),
          at: q.at,
        })}
      </p>
      {d.resolved ? (
        <p className="resolved">
          {t('decision.resolved', {
            url: d.resolved.url,
            actor: name(d.resolved.actor),
            host: d.resolved.matchedHost,
          })}
        </p>
      ) : null}
      <p className="verdict" data-status={d.status}>
        <StatusBadge status={d.status} large />
      </p>
      <dl className="facts">
        <dt>{t('decision.friction')}</dt>
        <dd>{d.friction.length ? d.friction.map((f) => vocab('friction', f)).join(', ') : '—'}</dd>
        <dt>{t('decision.coverage')}</dt>
        <dd>{d.coverage ? vocab('coverage', d.coverage) : '—'}</dd>
        <dt>{t('decision.since')}</dt>
        <dd>
          {d.since?.window && !windowIsPeriod(d.since) ? (
            t('decision.sinceWindow', {
              from: formatDate(d.since.window.from, 'day', lang),
              to: formatDate(d.since.window.to, 'day', lang),
            })
          ) : d.since ? (
            <DateText date={d.since.date} precision={d.since.precision} />
          ) : (
            t('decision.sinceNone')
          )}
        </dd>
        <dt>{t('decision.until')}</dt>
        <dd>
          {d.until?.window && !windowIsPeriod(d.until)
            ? withSlot(
                t('decision.untilWindow', {
                  status: SLOT,
                  from: formatDate(d.until.window.from, 'day', lang),
                  to: formatDate(d.until.window.to, 'day', lang),
                }),
                <StatusTerm status={d.until.status} />,
              )
            : d.until
              ? withSlot(
                  t('decision.untilThen', {
                    date: formatDate(d.until.date, d.until.precision, lang),
                    status: SLOT,
                  }),
                  <StatusTerm status={d.until.status} />,
                )
              : t('decision.untilNone')}
        </dd>
        {d.lastEvidence ? (
          <>
            <dt>
              <Term group="term" id="last-confirmed">
                {t('decision.lastEvidence')}
              </Term>
            </dt>
            <dd data-stale={d.stale ? 'true' : undefined}>
              <DateText date={d.lastEvidence} precision="day" />
              {d.stale ? ` — ${t('decision.stale')}` : null}
            </dd>
          </>
        ) : null}
      </dl>
      {d.rule?.estimated || d.uncertain?.rule.estimated ? (
        <p className="estimated">{t('decision.estimated')}</p>
      ) : null}
      <DecisionQualifiers decision={d} />
      <CrossingHistory
        question={{ host: q.host, surface: q.surface, capability: q.capability, target: q.target }}
        heading={H}
      />
      <H>{t('decision.rule')}</H>
      {d.rule ? (
        <RuleLine rule={d.rule} />
      ) : (
        <p className="notice notice-empty">
          {t(d.status === 'unknown' ? 'decision.noRule' : 'decision.partsOnly')}
        </p>
      )}
      {d.beaten.length ? (
        <>
          <H>
            <Term group="term" id="beaten-rules">
              {t('decision.beaten')}
            </Term>
          </H>
          <ul className="beaten">
            {d.beaten.map((b) => (
              <li key={b.rule.id}>
                <RuleLine rule={b.rule} />{' '}
                <Term group="beaten" id={b.reason} className="tag">
                  {vocab('beaten', b.reason)}
                </Term>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.evidence.length ? (
        <>
          <H>{t('decision.evidence')}</H>
          <EvidenceChain items={d.evidence} />
        </>
      ) : null}
      {d.rumors.length ? (
        <>
          <H>{t('decision.rumors')}</H>
          <EvidenceChain items={d.rumors} />
        </>
      ) : null}
    </section>
  );
}

/** A status word in a sentence, with its glossary explanation. */
function StatusTerm({ status }: { status: DecidedStatus }) {
  const vocab = useVocab();
  return (
    <Term group="status" id={status}>
      {vocab('status', status)}
    </Term>
  );
}
