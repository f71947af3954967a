import { Question, todayIso } from '@hutong/domain';

/** The Ask form as text fields; the query string holds exactly these, so an answer is a shareable link. */
export interface AskForm {
  host: string;
  surface: string;
  capability: string;
  target: string;
  url: string;
  at: string;
}

const FIELDS = ['host', 'surface', 'capability', 'target', 'url', 'at'] as const;

export function formFromSearch(params: URLSearchParams, today = todayIso()): AskForm {
  return {
    host: params.get('host') ?? 'wechat',
    surface: params.get('surface') ?? '*',
    capability: params.get('capability') ?? 'link.open',
    target: params.get('target') ?? '',
    url: params.get('url') ?? '',
    at: params.get('at') ?? today,
  };
}

export function searchFromForm(form: AskForm): URLSearchParams {
  const out = new URLSearchParams();
  // A pasted link wins over a chosen target: the question takes exactly one of them.
  const clean = { ...form, url: form.url.trim(), target: form.url.trim() ? '' : form.target };
  for (const key of FIELDS) if (clean[key]) out.set(key, clean[key]);
  return out;
}

export type Checked = { ok: true; question: Question } | { ok: false; errors: Record<string, string> };

/** Validates the form with the domain's own Question schema, so the browser and the server agree. */
export function checkQuestion(form: AskForm): Checked {
  const url = form.url.trim();
  const parsed = Question.safeParse({
    host: form.host,
    surface: form.surface,
    capability: form.capability,
    at: form.at,
    ...(url ? { url } : form.target ? { target: form.target } : {}),
  });
  if (parsed.success) return { ok: true, question: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'target');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Whether the query string asks anything yet (a bare /ask shows the form only). */
export const hasQuestion = (params: URLSearchParams) => params.has('target') || params.has('url');
