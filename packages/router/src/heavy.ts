import {
  type briefOf,
  DomainError,
  type DomainErrorKind,
  decide,
  decideBrief,
  type LedgerIndex,
  openness,
  type Question,
  requireKnownActors,
  type WhatIfInput,
  type WhyNotInput,
  whatIf,
  whyNot,
  withSuggestions,
} from '@hutong/domain';

/**
 * The work that can take more than a few milliseconds, as plain functions of a folded ledger and a
 * parsed input: the procedures call them through `ctx.heavy`, which runs them on the worker pool when
 * the server has one (packages/server/src/pool) and inline otherwise. Kept free of tRPC so a worker
 * loads only the engine.
 */
export const HEAVY = {
  openness: (index: LedgerIndex, i: { host: string; target: string; from: string; to: string }) =>
    openness(index, i.host, i.target, i.from, i.to),
  whatIf: (index: LedgerIndex, input: Omit<WhatIfInput, 'recordedAt'>) => whatIf(index, input),
  whyNot: (index: LedgerIndex, input: Omit<WhyNotInput, 'recordedAt'>) => whyNot(index, input),
  decideMany: (index: LedgerIndex, input: { questions: Question[]; detail: 'brief' | 'full' }) =>
    input.questions.map((q) => answerOne(index, q, input.detail)),
} as const;
export type HeavyTask = keyof typeof HEAVY;
export type HeavyInput<T extends HeavyTask> = Parameters<(typeof HEAVY)[T]>[1];
export type HeavyOutput<T extends HeavyTask> = ReturnType<(typeof HEAVY)[T]>;

/** One `decideMany` slot: the answer, or the error that question alone failed with. */
export type ManyAnswer =
  | { ok: true; decision: ReturnType<typeof decide> | ReturnType<typeof briefOf> }
  | { ok: false; error: { field: string | null; message: string } };

export function answerOne(index: LedgerIndex, q: Question, detail: 'brief' | 'full'): ManyAnswer {
  try {
    requireKnownActors(index, q);
    // A brief answer is its timeline step's, shared (and frozen) by every question on the step.
    return {
      ok: true as const,
      decision: detail === 'full' ? decide(index, q) : decideBrief(index, q).decision,
    };
  } catch (err) {
    return failed(err);
  }
}

/** `JSON.stringify(answerOne(…))`, with a brief answer's text copied from its step, not written again. */
export function answerOneJson(index: LedgerIndex, q: Question, detail: 'brief' | 'full'): string {
  if (detail === 'full') return JSON.stringify(answerOne(index, q, detail));
  try {
    requireKnownActors(index, q);
    return `{"ok":true,"decision":${decideBrief(index, q).json}}`;
  } catch (err) {
    return JSON.stringify(failed(err));
  }
}

function failed(err: unknown): ManyAnswer {
  if (!(err instanceof DomainError)) throw err;
  return { ok: false as const, error: { field: err.field ?? null, message: withSuggestions(err) } };
}

/**
 * The pieces of an answer's JSON text, in order, none much larger than one item: an answer is never
 * held as one string, so a 100 MB answer streams in bounded memory. `ndjson`: one JSON value a line —
 * a `decideMany` slot per line; a what-if's answer without its long lists first, then a line per
 * crossing (`{"crossing":…}`) and per question (`{"decision":…}`).
 */
export function* answerPieces<T extends HeavyTask>(
  task: T,
  index: LedgerIndex,
  input: HeavyInput<T>,
  format: 'json' | 'ndjson',
): Generator<string> {
  if (task === 'decideMany') {
    const { questions, detail } = input as HeavyInput<'decideMany'>;
    if (format === 'json') yield '[';
    for (const [i, q] of questions.entries()) {
      const text = answerOneJson(index, q, detail);
      yield format === 'json' ? (i === 0 ? text : `,${text}`) : `${text}\n`;
    }
    if (format === 'json') yield ']';
    return;
  }
  const answer = HEAVY[task](index, input as never) as unknown;
  if (format === 'ndjson' && task === 'whatIf') {
    const { crossings, decisions, ...rest } = answer as { crossings: unknown[]; decisions?: unknown[] };
    yield `${JSON.stringify(rest)}\n`;
    for (const crossing of crossings) yield `${JSON.stringify({ crossing })}\n`;
    for (const decision of decisions ?? []) yield `${JSON.stringify({ decision })}\n`;
    return;
  }
  yield* jsonPieces(answer);
  if (format === 'ndjson') yield '\n';
}

/** `JSON.stringify(value)` in pieces: objects and arrays opened up, each leaf or small item whole. */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  if (depth >= 2 || typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value);
    yield text === undefined ? 'null' : text;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (const [i, item] of value.entries()) {
      if (i > 0) yield ',';
      yield* jsonPieces(item, depth + 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(item, depth + 1);
  }
  yield '}';
}

/** A domain error as a worker sends it back (errors do not cross threads with their class). */
export interface SentError {
  domain?: { kind: DomainErrorKind; message: string; field?: string; suggestions: readonly string[] };
  message: string;
}

export function sendableError(err: unknown): SentError {
  if (err instanceof DomainError)
    return {
      domain: { kind: err.kind, message: err.message, field: err.field, suggestions: err.suggestions },
      message: err.message,
    };
  return { message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}

export function receivedError(sent: SentError): Error {
  if (sent.domain) {
    const { kind, message, field, suggestions } = sent.domain;
    return new DomainError(kind, message, field, suggestions);
  }
  return new Error(`worker: ${sent.message}`);
}
