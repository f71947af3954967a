import { DomainError, type DomainErrorKind, withSuggestions } from '@hutong/domain';
import { TRPCError } from '@trpc/server';

const CODES = {
  'not-found': 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
} as const satisfies Record<DomainErrorKind, TRPCError['code']>;

/** The one place domain failures become transport codes. */
export function toTrpcError(err: DomainError): TRPCError {
  const prefix = err.field ? `${err.field}: ` : '';
  return new TRPCError({ code: CODES[err.kind], message: `${prefix}${withSuggestions(err)}`, cause: err });
}

export { DomainError };

/** A 503 the HTTP layer answers with `Retry-After`: the work is refused for now, not for good. */
export function busy(message: string): TRPCError {
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message });
}
