import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, fieldErrorsOf } from '../../trpc/errors';
import { useTRPC } from '../../trpc/trpc';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/query-state';
import { DecisionView } from '../decision/decision-view';
import { AskForm } from './ask-form';
import { checkQuestion, formFromSearch, hasQuestion, searchFromForm } from './ask-params';

export function AskPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const form = formFromSearch(params);
  const checked = hasQuestion(params) ? checkQuestion(form) : null;
  const decision = useQuery(trpc.decisions.decide.queryOptions(checked?.ok ? checked.question : skipToken));
  const serverErrors = decision.isError ? fieldErrorsOf(decision.error) : {};
  const unplaced = decision.isError && Object.keys(serverErrors).length === 0;
  // A shared link with a bad value shows the problem at its field, as a submit would.
  const linkErrors = checked && !checked.ok ? checked.errors : {};
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
        {checked?.ok && decision.isPending ? <Loading /> : null}
        {unplaced ? (
          <p className="notice notice-error" role="alert">
            {errorMessage(decision.error)}
          </p>
        ) : null}
        {decision.data ? (
          <>
            <DecisionView decision={decision.data} />
            <p className="help">{t('ask.share')}</p>
          </>
        ) : null}
      </div>
    </>
  );
}
