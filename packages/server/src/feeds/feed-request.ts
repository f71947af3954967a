import {
  type Actor,
  type CrossingKey,
  CrossingQuestion,
  DomainError,
  describeIssues,
  Id,
  issueField,
  type LedgerIndex,
  requireActor,
  requireKnownActors,
  resolveUrl,
  withSuggestions,
} from '@hutong/domain';
import type { ZodError } from 'zod';

/** Which feed a path names, before its input is read. */
export type FeedName = 'revisions' | 'crossing' | 'actor';

const ACTOR_PATH = /^\/feeds\/actor\/([^/]+)\.atom$/;

export function feedNameOf(path: string): FeedName | null {
  if (path === '/feeds/revisions.atom') return 'revisions';
  if (path === '/feeds/crossing.atom') return 'crossing';
  return ACTOR_PATH.test(path) ? 'actor' : null;
}

/** A request refused at a field: 400 for a malformed value, 404 for an unknown id. */
export class FeedInputError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
    readonly field: string | null,
    readonly suggestions: readonly string[] = [],
  ) {
    super(message);
  }

  static fromZod(err: ZodError, at = ''): FeedInputError {
    const issue = err.issues[0]!;
    return new FeedInputError(400, describeIssues([issue], { at }), issueField(issue, at) || null);
  }

  static fromDomain(err: DomainError): FeedInputError {
    const message = `${err.field ? `${err.field}: ` : ''}${withSuggestions(err)}`;
    return new FeedInputError(
      err.kind === 'not-found' ? 404 : 400,
      message,
      err.field ?? null,
      err.suggestions,
    );
  }
}

const domain = <T>(f: () => T): T => {
  try {
    return f();
  } catch (err) {
    throw err instanceof DomainError ? FeedInputError.fromDomain(err) : err;
  }
};

/** The crossing a query names (`host`, `surface`, `capability`, `target` or `url`), as `decisions.history` reads it. */
export function crossingOf(index: LedgerIndex, search: URLSearchParams): CrossingKey {
  const parsed = CrossingQuestion.safeParse(Object.fromEntries(search));
  if (!parsed.success) throw FeedInputError.fromZod(parsed.error);
  const q = parsed.data;
  domain(() => requireKnownActors(index, q));
  const target = q.target ?? resolveUrl(index, q.url ?? '')?.actor ?? '*';
  return { host: q.host, surface: q.surface, capability: q.capability, target };
}

/** The actor a `/feeds/actor/ID.atom` path names. */
export function actorOf(index: LedgerIndex, path: string): Actor {
  let raw: string;
  try {
    raw = decodeURIComponent(ACTOR_PATH.exec(path)?.[1] ?? '');
  } catch {
    throw new FeedInputError(400, 'id: malformed percent-encoding', 'id');
  }
  const id = Id.safeParse(raw);
  if (!id.success) throw FeedInputError.fromZod(id.error, 'id');
  return domain(() => requireActor(index, id.data, 'id'));
}
