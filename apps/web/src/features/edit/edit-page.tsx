import type { Revision } from '@hutong/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readToken } from '../../trpc/token';
import { PageHeader } from '../../ui/page-header';
import { draftFromEvent } from './draft-from-event';
import { type Draft, draftFieldNames, emptyDraft } from './edit-draft';
import { EventForm } from './event-form';
import { SaveOutcome } from './save-outcome';
import { saveProblemOf } from './save-problem';
import { TokenField } from './token-field';
import { useAppendEdit } from './use-append-edit';

/** Record an event with an editor token; the server's refusals appear at the field they concern. */
export function EditPage() {
  const { t } = useTranslation();
  const save = useAppendEdit();
  // The draft last sent (and whether a token went with it), and the one the form starts from (a new
  // `form` key starts it again).
  const [sent, setSent] = useState<{ draft: Draft; token: boolean }>(() => ({
    draft: emptyDraft(),
    token: false,
  }));
  const [start, setStart] = useState<{ form: number; draft: Draft }>(() => ({
    form: 0,
    draft: emptyDraft(),
  }));
  const problem = save.isError ? saveProblemOf(save.error, draftFieldNames(sent.draft)) : null;
  const tokenInput = useRef<HTMLInputElement>(null);
  const tokenProblem = problem?.kind === 'token';
  useEffect(() => {
    if (tokenProblem) tokenInput.current?.focus();
  }, [tokenProblem]);
  const tokenError =
    problem?.kind !== 'token'
      ? undefined
      : problem.status === 403
        ? t('edit.tokenForbidden')
        : sent.token
          ? t('edit.tokenUnknown')
          : t('edit.tokenNeeded');
  const reload = (revision: Revision) => {
    if (revision.entity !== 'event' || !revision.body) return;
    save.reset();
    setStart((s) => ({
      form: s.form + 1,
      draft: draftFromEvent(revision.body!, revision.revision, sent.draft.fields),
    }));
  };
  const startOver = () => {
    save.reset();
    setStart((s) => ({ form: s.form + 1, draft: emptyDraft() }));
  };
  const base = start.draft.base;
  return (
    <>
      <PageHeader title={t('edit.title')} intro={t('edit.intro')} />
      <TokenField
        error={tokenError}
        inputRef={tokenInput}
        onChange={() => {
          if (tokenProblem) save.reset();
        }}
      />
      {base ? (
        <div className="notice" role="note">
          <p>{t('edit.amending', { id: base.event.id, revision: base.revision })}</p>
          <button type="button" className="secondary" onClick={startOver}>
            {t('edit.startOver')}
          </button>
        </div>
      ) : null}
      <EventForm
        key={start.form}
        initial={start.draft}
        serverErrors={problem?.kind === 'fields' ? problem.fields : {}}
        busy={save.isPending}
        onValid={(edit, draft) => {
          setSent({ draft, token: Boolean(readToken()) });
          save.mutate({ edits: [edit] });
        }}
        outcome={
          <SaveOutcome
            id={sent.draft.fields.id?.trim() ?? ''}
            pending={save.isPending}
            saved={save.data}
            problem={problem}
            onReload={reload}
          />
        }
      />
    </>
  );
}
