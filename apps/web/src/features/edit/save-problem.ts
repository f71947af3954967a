import { type ReadError, readError } from '@hutong/client';

/** Why the server refused an edit, sorted by where the form shows it. */
export type SaveProblem =
  /** 401 or 403: said at the token field. */
  | { kind: 'token'; status: 401 | 403; message: string }
  /** 400: each message at its field; those that name no field of the form, above the button. */
  | { kind: 'fields'; fields: Record<string, string>; unplaced: string[] }
  /** 409: someone else's revision came first; `current` is its number. */
  | { kind: 'conflict'; current: number | null; message: string }
  | { kind: 'failed'; message: string };

/** A server path (`edits.0.body.changes.0.friction.1`) as the form keys it (`changes.0.friction`). */
export function placeField(path: string, names: readonly string[]): string | null {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'edits' && /^\d+$/.test(parts[1] ?? '')) parts.splice(0, 2);
  if (parts[0] === 'body') parts.shift();
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (names.includes(key)) return key;
  }
  // A whole object at fault (`title`): its first field.
  const whole = parts.join('.');
  return (whole && names.find((name) => name.startsWith(`${whole}.`))) || null;
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  BAD_REQUEST: 400,
};

function statusOf({ httpStatus, code }: ReadError): number | undefined {
  return httpStatus ?? (code ? STATUS[code] : undefined);
}

/** Reads a failed `edits.append` into what the form shows, using `names` (the form's fields) to place it. */
export function saveProblemOf(error: unknown, names: readonly string[]): SaveProblem {
  const read = readError(error);
  const { message } = read;
  const status = statusOf(read);
  if (status === 401 || status === 403) return { kind: 'token', status, message };
  if (status === 409) return { kind: 'conflict', current: read.current, message };
  if (status !== 400) return { kind: 'failed', message };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  const place = (path: string, text: string) => {
    const key = placeField(path, names);
    if (!key) unplaced.push(path ? `${path}: ${text}` : text);
    else fields[key] ??= text;
  };
  // A schema failure lists every issue by its full path; a domain failure its one field.
  for (const [path, texts] of Object.entries(read.fieldErrors)) if (texts[0]) place(path, texts[0]);
  if (Object.keys(fields).length === 0 && unplaced.length === 0) unplaced.push(message);
  return { kind: 'fields', fields, unplaced };
}
