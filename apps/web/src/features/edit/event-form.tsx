import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { CONFIDENCES, EVENT_KINDS } from '../../i18n/vocab-options';
import { useCheckedSubmit } from '../../ui/use-checked-submit';
import { ChangeFields } from './change-fields';
import { DraftInput } from './draft-input';
import { checkEdit, type Draft, emptyDraft } from './edit-draft';

interface Props {
  /** The draft to start from (remount with a new `key` to start again). */
  initial?: Draft;
  /** Errors the server returned, keyed like the form's fields. */
  serverErrors: Record<string, string>;
  onValid: (edit: Extract<ReturnType<typeof checkEdit>, { ok: true }>['edit'], draft: Draft) => void;
  /** While the edit is being sent, the button waits. */
  busy?: boolean;
  /** What became of a valid event once sent; shown where the check's result is. */
  outcome?: ReactNode;
}

/** An event, its policy changes and its sources, checked by the domain's Edit schema before it is sent. */
export function EventForm({ initial, serverErrors, onValid, busy, outcome }: Props) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [draft, setDraft] = useState<Draft>(() => initial ?? emptyDraft());
  const [checked, setChecked] = useState<{ as: 'valid' | 'invalid'; n: number } | null>(null);
  const { errors, onSubmit } = useCheckedSubmit(
    () => checkEdit(draft),
    (r) => {
      setChecked((c) => ({ as: r.ok ? 'valid' : 'invalid', n: (c?.n ?? 0) + 1 }));
      if (r.ok) onValid(r.edit, draft);
    },
  );
  // The check's result sits above the fields it points to; each check brings it into view.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (checked) result.current?.focus();
  }, [checked]);
  const shown = { ...serverErrors, ...errors };
  const set = (name: string, value: string) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [name]: value } }));
  const field = (name: string, label: string, extra: Partial<Parameters<typeof DraftInput>[0]> = {}) => (
    <DraftInput
      name={name}
      label={label}
      value={draft.fields[name]}
      error={shown[name]}
      onChange={set}
      {...extra}
    />
  );
  // A button that adds one more policy change or source to the draft.
  const addOne = (part: 'changes' | 'sources', label: string) => (
    <button
      type="button"
      className="secondary"
      onClick={() => setDraft((d) => ({ ...d, [part]: d[part] + 1 }))}
    >
      {label}
    </button>
  );
  const opts = (group: 'kind' | 'confidence' | 'precision', ids: readonly string[]) =>
    ids.map((id) => ({ value: id, label: vocab(group, id) }));
  return (
    <form className="edit-form" noValidate onSubmit={onSubmit}>
      <div role="status" className="edit-outcome" ref={result} tabIndex={-1}>
        {checked?.as === 'invalid' ? (
          <p className="error">{t('edit.invalid', { count: Object.keys(errors).length })}</p>
        ) : checked?.as === 'valid' ? (
          (outcome ?? <p>{t('edit.valid')}</p>)
        ) : null}
      </div>
      <fieldset className="edit-group">
        <legend>{t('edit.event')}</legend>
        {field('id', t('edit.id'), { help: t('edit.idHelp'), readOnly: Boolean(draft.base) })}
        {field('date', t('edit.date'), { type: 'date' })}
        {field('precision', t('edit.precision'), { options: opts('precision', ['day', 'month', 'year']) })}
        {field('kind', t('edit.kind'), { options: opts('kind', EVENT_KINDS) })}
        {field('confidence', t('edit.confidence'), { options: opts('confidence', CONFIDENCES) })}
        {field('actors', t('edit.actors'), { help: t('edit.listHelp') })}
        {field('title.zh', t('edit.titleZh'))}
        {field('title.en', t('edit.titleEn'))}
        {field('summary.zh', t('edit.summaryZh'), { multiline: true })}
        {field('summary.en', t('edit.summaryEn'), { multiline: true })}
        {field('disputed.zh', t('edit.disputedZh'), { multiline: true })}
        {field('disputed.en', t('edit.disputedEn'), { multiline: true })}
      </fieldset>
      <h2>{t('edit.changes')}</h2>
      {Array.from({ length: draft.changes }, (_, i) => (
        <ChangeFields
          key={i}
          index={i}
          fields={draft.fields}
          errors={shown}
          onChange={set}
          onRemove={
            i === draft.changes - 1 && i > 0
              ? () => setDraft((d) => ({ ...d, changes: d.changes - 1 }))
              : undefined
          }
        />
      ))}
      {addOne('changes', t('edit.addChange'))}
      <h2>{t('edit.sources')}</h2>
      {Array.from({ length: draft.sources }, (_, i) => (
        <fieldset key={i} className="edit-group">
          <legend>{t('edit.source', { n: i + 1 })}</legend>
          {field(`sources.${i}.source`, t('edit.sourceId'))}
          {field(`sources.${i}.quote`, t('edit.quote'), { multiline: true })}
        </fieldset>
      ))}
      {addOne('sources', t('edit.addSource'))}
      <fieldset className="edit-group">
        {field('author', t('edit.author'))}
        {field('reason', t('edit.reason'), { multiline: true })}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('edit.check')}
        </button>
      </div>
    </form>
  );
}
