import { TRPCClientError } from '@hutong/client';
import { describe, expect, it } from 'vitest';
import { draftFieldNames, emptyDraft } from './edit-draft';
import { placeField, saveProblemOf } from './save-problem';

const names = draftFieldNames(emptyDraft());

function serverError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data } } });
}

describe('where a server error lands in the form', () => {
  it('places a server path at the form field that holds it', () => {
    expect(placeField('edits.0.body.date', names)).toBe('date');
    expect(placeField('body.changes.0.friction.1', names)).toBe('changes.0.friction');
    expect(placeField('actors.2', names)).toBe('actors');
    expect(placeField('edits.0.author', names)).toBe('author');
    expect(placeField('title', names)).toBe('title.zh');
    expect(placeField('edits.0.idempotencyKey', names)).toBeNull();
  });

  it('puts each issue of a 400 at its field, and the rest above the button', () => {
    const problem = saveProblemOf(
      serverError('edits.0.body.sources.0.source: unknown source "nope"; edits.0.baseRevision: too low', {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        field: 'edits.0.body.sources.0.source',
        fieldErrors: {
          'edits.0.body.sources.0.source': ['unknown source "nope"'],
          'edits.0.baseRevision': ['too low'],
        },
      }),
      names,
    );
    expect(problem).toEqual({
      kind: 'fields',
      fields: { 'sources.0.source': 'unknown source "nope"' },
      unplaced: ['edits.0.baseRevision: too low'],
    });
  });

  it('uses dotted fieldErrors, for a schema failure and a domain failure alike', () => {
    // The server names a domain failure's field and puts its message, without the field, in fieldErrors.
    const cases = [
      ['body.date', 'no such day', 'date'],
      ['body.changes.0.host', 'the actor is not in the ledger', 'changes.0.host'],
    ] as const;
    for (const [field, text, key] of cases) {
      const error = serverError(`${field}: ${text}`, {
        code: 'BAD_REQUEST',
        field,
        fieldErrors: { [field]: [text] },
      });
      expect(saveProblemOf(error, names)).toMatchObject({ fields: { [key]: text } });
    }
  });

  it('sends 401 and 403 to the token field, 409 to the conflict notice', () => {
    expect(saveProblemOf(serverError('no token', { code: 'UNAUTHORIZED', httpStatus: 401 }), names)).toEqual({
      kind: 'token',
      status: 401,
      message: 'no token',
    });
    expect(saveProblemOf(serverError('reader', { code: 'FORBIDDEN' }), names)).toMatchObject({ status: 403 });
    expect(
      saveProblemOf(serverError('moved on', { code: 'CONFLICT', httpStatus: 409, current: 12 }), names),
    ).toEqual({ kind: 'conflict', current: 12, message: 'moved on' });
    expect(saveProblemOf(serverError('moved on', { code: 'CONFLICT', current: 3 }), names)).toMatchObject({
      current: 3,
    });
    expect(saveProblemOf(new TypeError('Failed to fetch'), names)).toEqual({
      kind: 'failed',
      message: 'Failed to fetch',
    });
  });
});
