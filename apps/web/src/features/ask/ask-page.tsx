import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, fieldErrorsOf } from '../../trpc/errors';
import { useTRPC } from '../../trpc/trpc';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/query-state';
import { useActors } from '../actors/use-actors';
import { DecisionView } from '../decision/decision-view';
import { WhyNotPanel } from '../decision/why-not-panel';
import { AnswerHistory } from './answer-history';
import { AskForm } from './ask-form';
import { checkQuestion, formFromSearch, hasQuestion, searchFromForm } from './ask-params';
import { unknownActors } from './unknown-actors';

export function AskPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const form = formFromSearch(params);
  const { byId } = useActors();
  const checked = hasQuestion(params) ? checkQuestion(form) : null;
  // Every problem with a shared link shows at once: an unknown host or target as well as a bad date.
  const strangers = checked ? unknownActors(form, byId) : {};
  const actorErrors = Object.fromEntries(
    Object.entries(strangers).map(([field, u]) => [
      field,
      t('ask.unknownActor', {
        id: u.id,
        hint: u.closest.length ? t('ask.didYouMean', { ids: u.closest.join(', ') }) : '',
      }),
    ]),
  );
  const asks = checked?.ok && byId.size > 0 && Object.keys(actorErrors).length === 0;
  const decision = useQuery(
    trpc.decisions.decide.queryOptions(asks && checked?.ok ? checked.question : skipToken),
  );
  const serverErrors = decision.isError ? fieldErrorsOf(decision.error) : {};
  const unplaced = decision.isError && Object.keys(serverErrors).length === 0;
  // A shared link with a bad value shows the problem at its field, as a submit would.
  const linkErrors = { ...(checked && !checked.ok ? checked.errors : {}), ...actorErrors };
  return (
    <>
      <PageHeader title={t('ask.title')} intro={t('ask.intro')} />
      {/* Remount on a new query string, so back/forward and shared links refill the form. */}
      <AskForm
        key={params.toString()}
        initial={form}
        serverErrors={{ ...linkErrors, ...serverErrors }}
        onAsk={(f) => setParams(searchFromForm(f))}
      />
      <div className="ask-result" aria-live="polite">
        {!checked ? <p className="notice notice-empty">{t('ask.empty')}</p> : null}
        {asks && decision.isPending ? <Loading /> : null}
        {unplaced ? (
          <p className="notice notice-error" role="alert">
            {errorMessage(decision.error)}
          </p>
        ) : null}
        {decision.data ? (
          <>
            <DecisionView decision={decision.data} />
            {decision.data.status !== 'open' ? (
              <WhyNotPanel key={JSON.stringify(decision.data.question)} question={decision.data.question} />
            ) : null}
            <AnswerHistory question={decision.data.question} />
            <p className="help">{t('ask.share')}</p>
          </>
        ) : null}
      </div>
    </>
  );
}
