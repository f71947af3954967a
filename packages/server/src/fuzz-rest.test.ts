import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './http/openapi';
import { liveServerPerFile, noLimits } from './test-support/live-server-per-file';

// Limits out of the way: this test is about what the routes answer.
const live = liveServerPerFile({ name: 'fuzz-rest', role: 'admin' }, noLimits);

// Every REST route the OpenAPI document lists, with its method: nothing is left out as routes are added.
const routes = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
  Object.keys(item ?? {}).map((method) => ({ path, method: method.toUpperCase() })),
);

/** A query-string value: a plausible date, id or number, or anything at all. */
const value = fc.oneof(
  fc.constantFrom(
    '2021-10-15',
    'abcd-10-15',
    '２０２１-10-15',
    '    -10-15',
    '2021-02-30',
    'wechat',
    '*',
    '-1',
    '1e9',
  ),
  fc.constantFrom('2024-01-01T00:00:00Z', '2024-01-01T00:00:00', 'NaN', '[]', '{}', '%', '%zz'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const names = fc.constantFrom(
  'at',
  'recordedAt',
  'host',
  'target',
  'surface',
  'capability',
  'url',
  'from',
  'to',
  'limit',
  'cursor',
  'id',
  'kind',
  'x',
);
const query = fc.array(fc.tuple(names, value), { maxLength: 6 });

/** A raw body: JSON of any shape, deep or broken JSON, or any bytes. */
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ questions: fc.array(fc.jsonValue(), { maxLength: 3 }) }).map((v) => JSON.stringify(v)),
  fc.record({ edits: fc.array(fc.jsonValue(), { maxLength: 3 }) }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 60, max: 5_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('raw REST bodies and query strings', () => {
  it('never answer 5xx: every refusal is a 4xx with a message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        query,
        body,
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'route'),
        fc.boolean(),
        async (route, params, raw, verb, withToken) => {
          const method = verb === 'route' ? route.method : verb;
          const path = route.path.replace('{id}', encodeURIComponent(params[0]?.[1] ?? 'x') || 'x');
          const qs = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          const res = await fetch(`${live.base}/api${path}?${qs}`, {
            method,
            headers: {
              'content-type': 'application/json',
              ...(withToken ? { authorization: `Bearer ${live.token}` } : {}),
            },
            ...(method === 'GET' ? {} : { body: raw }),
          });
          const text = await res.text();
          expect(res.status, `${method} ${path}?${qs} ${raw.slice(0, 80)}`).toBeLessThan(500);
          if (res.status >= 400) expect(text, `${method} ${path}`).toMatch(/"message":"[^"]/);
        },
      ),
      { numRuns: 400 },
    );
    expect((await fetch(`${live.base}/health`)).status).toBe(200);
  }, 90_000);
});
