import type { RouterOutputs } from '@hutong/client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { useTRPC } from '../../trpc/trpc';
import { QueryState } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { useActors } from '../actors/use-actors';
import { EvidenceChain } from './evidence-chain';
import { RuleLine } from './rule-line';

type Question = RouterOutputs['decisions']['decide']['question'];
type Change = RouterOutputs['decisions']['whyNot']['changes'][number];

/**
 * Under an answer that is not open: the rules in the way, and the smallest changes that would open
 * it. Asked only when the reader opens it: each change it tries is a counterfactual of the ledger.
 */
export function WhyNotPanel({ question }: { question: Question }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="why-not" aria-labelledby="why-not-title">
      <h2 id="why-not-title">{t('whyNot.title')}</h2>
      {open ? (
        <WhyNotAnswer question={question} />
      ) : (
        <button type="button" className="why-not-open" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('whyNot.show')}
        </button>
      )}
    </section>
  );
}

function WhyNotAnswer({ question }: { question: Question }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const why = useQuery(trpc.decisions.whyNot.queryOptions({ question, want: 'open' }));
  return (
    <QueryState query={why}>
      {(w) => (
        <>
          <h3>{t('whyNot.standing')}</h3>
          {w.standing.length ? (
            <ul className="why-not-standing">
              {w.standing.map((s) => (
                <li key={s.rule.id}>
                  <RuleLine rule={s.rule} /> <span className="tag">{t(`whyNot.${s.role}`)}</span>
                  <details>
                    <summary>{t('whyNot.evidence', { count: s.evidence[0]?.sources.length ?? 0 })}</summary>
                    <EvidenceChain items={s.evidence} />
                  </details>
                </li>
              ))}
            </ul>
          ) : (
            <p className="notice notice-empty">{t('whyNot.nothing')}</p>
          )}
          <h3>{t('whyNot.changes')}</h3>
          {w.changes.length ? (
            <ol className="why-not-changes">
              {w.changes.map((c) => (
                <li key={c.steps.map(stepKey).join('+')}>
                  <ChangeSteps change={c} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="notice notice-empty">{t('whyNot.none')}</p>
          )}
        </>
      )}
    </QueryState>
  );
}

const stepKey = (s: Change['steps'][number]) =>
  s.kind === 'lift' ? s.rule.id : `${s.change.host}|${s.change.surface}|${s.change.target}|${s.date}`;

function ChangeSteps({ change }: { change: Change }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { name } = useActors();
  return (
    <>
      {change.steps.map((s, i) => (
        <span key={stepKey(s)} className="why-not-step">
          {i > 0 ? ` ${t('whyNot.and')} ` : null}
          {s.kind === 'lift' ? (
            <>
              {t('whyNot.lift')} <RuleLine rule={s.rule} />
            </>
          ) : (
            <>
              {t('whyNot.add', { date: s.date })} {name(s.change.host)} · {vocab('surface', s.change.surface)}{' '}
              · {vocab('capability', s.change.capability)} · {name(s.change.target)} →{' '}
              <StatusBadge status={s.change.status} />
            </>
          )}
        </span>
      ))}{' '}
      <span className="help">
        ({t('whyNot.gives')} <StatusBadge status={change.result} />)
      </span>
    </>
  );
}
