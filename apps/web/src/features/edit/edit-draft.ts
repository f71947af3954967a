import { Edit, type EditInput, type Event } from '@hutong/domain';

/** The edit form's text, keyed by the body path each field fills (`title.zh`, `changes.0.host`). */
export interface Draft {
  fields: Record<string, string>;
  changes: number;
  sources: number;
  /** Set when the draft amends a stored event: the revision it is based on, and the event then. */
  base?: { revision: number; event: Event };
}

const EVENT_FIELDS = ['id', 'date', 'precision', 'kind', 'confidence', 'actors', 'title.zh', 'title.en'];
const TEXT_FIELDS = ['summary.zh', 'summary.en', 'disputed.zh', 'disputed.en', 'author', 'reason'];
const CHANGE_FIELDS = ['host', 'surface', 'capability', 'target', 'status', 'coverage', 'friction'];

/** Every field the form shows for this draft, by its key. */
export function draftFieldNames(d: Draft): string[] {
  return [
    ...EVENT_FIELDS,
    ...TEXT_FIELDS,
    ...Array.from({ length: d.changes }, (_, i) => CHANGE_FIELDS.map((k) => `changes.${i}.${k}`)).flat(),
    ...Array.from({ length: d.sources }, (_, i) => [`sources.${i}.source`, `sources.${i}.quote`]).flat(),
  ];
}

export const emptyDraft = (): Draft => ({
  fields: {
    precision: 'day',
    kind: 'rollout',
    confidence: 'reported',
    'changes.0.surface': '*',
    'changes.0.capability': 'link.open',
    'changes.0.status': 'open',
  },
  changes: 1,
  sources: 1,
});

const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

const localized = (f: Record<string, string>, key: string) => {
  const zh = optional(f[`${key}.zh`]);
  const en = optional(f[`${key}.en`]);
  return zh || en ? { zh: zh ?? '', en: en ?? '' } : undefined;
};

/**
 * The append the form describes: record one event (or amend the stored one it is based on), with who
 * made the edit and why. An amendment keeps what the form does not show (notes, regulation).
 */
export function editFromDraft(d: Draft): EditInput {
  const f = d.fields;
  const id = f.id?.trim() ?? '';
  const base = d.base?.event;
  const body = {
    ...base,
    id,
    date: f.date ?? '',
    precision: f.precision,
    kind: f.kind,
    confidence: f.confidence,
    title: localized(f, 'title') ?? { zh: '', en: '' },
    summary: localized(f, 'summary') ?? { zh: '', en: '' },
    disputed: localized(f, 'disputed'),
    actors: list(f.actors),
    changes: Array.from({ length: d.changes }, (_, i) => ({
      ...base?.changes[i],
      host: f[`changes.${i}.host`] ?? '',
      surface: f[`changes.${i}.surface`],
      capability: f[`changes.${i}.capability`],
      target: f[`changes.${i}.target`] ?? '',
      status: f[`changes.${i}.status`],
      friction: list(f[`changes.${i}.friction`]),
      coverage: f[`changes.${i}.coverage`] || 'all',
    })),
    sources: Array.from({ length: d.sources }, (_, i) => ({
      ...base?.sources[i],
      source: f[`sources.${i}.source`] ?? '',
      quote: f[`sources.${i}.quote`] ?? '',
    })),
  };
  return {
    entity: 'event',
    action: d.base ? 'amend' : 'record',
    id,
    body,
    author: f.author ?? '',
    reason: f.reason ?? '',
    ...(d.base ? { baseRevision: d.base.revision } : {}),
  } as EditInput;
}

/** Where an issue path lands in the form: the body's fields by their own path, the rest by name. */
export const fieldKey = (path: readonly PropertyKey[]) =>
  (path[0] === 'body' ? path.slice(1) : path).map(String).join('.');

export type CheckedEdit = { ok: true; edit: Edit } | { ok: false; errors: Record<string, string> };

/** Validates with the domain's own Edit schema (and through it, Event), as the server will. */
export function checkEdit(d: Draft): CheckedEdit {
  const parsed = Edit.safeParse(editFromDraft(d));
  if (parsed.success) return { ok: true, edit: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[fieldKey(issue.path)] ??= issue.message;
  return { ok: false, errors };
}
