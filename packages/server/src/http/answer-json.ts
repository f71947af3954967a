/** Each shared part's JSON text, for as long as the part lives. */
const texts = new WeakMap<object, string>();

/** A part's JSON text: written once per object, then reused. */
function part(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/**
 * The JSON text of decideMany's answers: a brief answer is its timeline step's, frozen and shared
 * by every question on the step (decideBrief), so its text is written once and copied; anything
 * else (full answers, errors, answers parsed again outside production) is written as it comes.
 */
export function manyAnswersJson(results: readonly { ok: boolean; decision?: unknown }[]): string {
  let out = '[';
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (i > 0) out += ',';
    out +=
      r.ok && Object.isFrozen(r.decision) ? `{"ok":true,"decision":${part(r.decision)}}` : JSON.stringify(r);
  }
  return `${out}]`;
}

/**
 * The JSON text of an engine answer (or a list of them, `levels` deep), as `JSON.stringify` writes it,
 * with the parts below `levels` written once per object. A decision is a fresh object whose parts —
 * its rule, rules beaten, evidence with events and sources, rumors — are the crossing's timeline
 * step, memoised in the ledger's index and shared by every answer on that step; writing them again
 * for each answer was as long as the rest of a `decide` call (7.5 KB of JSON for the bench's
 * question). The engine never changes a part once an answer holds it (a new fold makes new ones), and
 * `answer-json.test.ts` holds the text to `JSON.stringify`'s on every crossing of the curated ledger.
 */
export function answerJson(value: unknown, levels: number): string {
  if (levels <= 0 || typeof value !== 'object' || value === null) return part(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + answerJson(value[i], levels - 1);
    return `${out}]`;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  let out = '{';
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    // As JSON.stringify: fields that are undefined, functions or symbols are left out.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${levels > 1 ? answerJson(v, levels - 1) : part(v)}`;
  }
  return `${out}}`;
}
