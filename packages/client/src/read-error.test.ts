import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { readError } from './read-error';

const serverError = (message: string, data: Record<string, unknown>) =>
  new TRPCClientError(message, { result: { error: { message, code: -32600, data } } });

describe('readError', () => {
  it('reads the error data the server formats', () => {
    const err = serverError('target: unknown actor "taobo" — did you mean taobao?', {
      code: 'NOT_FOUND',
      httpStatus: 404,
      field: 'target',
      fieldErrors: { target: ['unknown actor "taobo" — did you mean taobao?'] },
      suggestions: ['taobao'],
      current: null,
    });
    expect(readError(err)).toEqual({
      code: 'NOT_FOUND',
      httpStatus: 404,
      field: 'target',
      message: 'target: unknown actor "taobo" — did you mean taobao?',
      fieldErrors: { target: ['unknown actor "taobo" — did you mean taobao?'] },
      suggestions: ['taobao'],
      current: null,
    });
    expect(readError(serverError('moved on', { code: 'CONFLICT', current: 12 }))).toMatchObject({
      current: 12,
    });
  });

  it('reads a failure no server answered as the same shape, with no code', () => {
    expect(readError(new TypeError('fetch failed'))).toEqual({
      code: null,
      httpStatus: null,
      field: null,
      message: 'fetch failed',
      fieldErrors: {},
      suggestions: [],
      current: null,
    });
    expect(readError('boom').message).toBe('boom');
  });
});
