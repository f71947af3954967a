import type { AppRouter, ErrorData } from '@hutong/router';
import { TRPCClientError } from '@trpc/client';

/** A failed call as every client reads it: what kind, at which field, why, and what to do instead. */
export interface ReadError {
  /** The tRPC code (`BAD_REQUEST`, `NOT_FOUND`, `CONFLICT`, …); null when no server answered. */
  code: ErrorData['code'] | null;
  httpStatus: number | null;
  /** The input field at fault, as a dotted path (`edits.0.body.changes.1.target`). */
  field: string | null;
  message: string;
  /** Each faulty field's messages, by dotted path, without the field's name in front. */
  fieldErrors: Record<string, string[]>;
  /** The closest valid values, for "did you mean". */
  suggestions: string[];
  /** On a conflict, the entity's current revision to rebase on. */
  current: number | null;
}

/** An error from a hutong server, its `data` typed by the router's error formatter. */
export function isHutongError(err: unknown): err is TRPCClientError<AppRouter> {
  return err instanceof TRPCClientError;
}

/** Reads any failure — a server's answer, a network error, a thrown value — into one shape. */
export function readError(err: unknown): ReadError {
  const data = isHutongError(err) ? err.data : undefined;
  return {
    code: data?.code ?? null,
    httpStatus: data?.httpStatus ?? null,
    field: data?.field ?? null,
    message: err instanceof Error ? err.message : String(err),
    fieldErrors: data?.fieldErrors ?? {},
    suggestions: data?.suggestions ?? [],
    current: data?.current ?? null,
  };
}
