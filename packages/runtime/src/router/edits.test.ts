import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, failure, type Harness, messageOf, openHarness, opening } from '../test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 60_000);
afterAll(() => h?.close());

const record = (id: string, over: Record<string, unknown> = {}) => ({
  entity: 'event' as const,
  id,
  action: 'record' as const,
  body: opening(id, 'wechat', 'taobao', '2021-11-29'),
  author: 'ed',
  reason: 'reported by the press',
  ...over,
});

describe('edits.append', () => {
  it('refuses an anonymous caller with 401 before looking at the input', async () => {
    const err = await failure(h.as(null).edits.append({ edits: [] }));
    expect(err.code).toBe('UNAUTHORIZED');
    expect(err.message).toMatch(/Bearer/);
  });

  it('appends, and the ledger reads reflect the edit by the time it answers', async () => {
    const [rev] = await h.as(editor).edits.append({ edits: [record('wechat-opens')] });
    expect(rev).toMatchObject({ entity: 'event', id: 'wechat-opens', action: 'record', baseRevision: null });
    expect(h.ledger.revision).toBe(rev!.revision);
    const evidence = await h.as(null).events.get({ id: 'wechat-opens' });
    expect(evidence.event.id).toBe('wechat-opens');
  });

  it('refuses a stale baseRevision with 409 carrying the current revision', async () => {
    const caller = h.as(editor);
    const [first] = await caller.edits.append({ edits: [record('conflicted')] });
    const body = { ...opening('conflicted', 'wechat', 'taobao', '2021-11-30') };
    const amend = record('conflicted', { action: 'amend', body, baseRevision: first!.revision });
    await caller.edits.append({ edits: [amend] });
    const err = await failure(caller.edits.append({ edits: [amend] }));
    expect(err.code).toBe('CONFLICT');
    expect((err.cause as { current?: number }).current).toBe(first!.revision + 1);
  });

  it('lands a retried edit once under its idempotency key', async () => {
    const edit = record('retried', { idempotencyKey: 'retry-1' });
    const [a] = await h.as(editor).edits.append({ edits: [edit] });
    const [b] = await h.as(editor).edits.append({ edits: [edit] });
    expect(b).toEqual(a);
    expect(await h.store.revisions({ id: 'retried' })).toHaveLength(1);
  });

  it('answers 404 for an amend of an entity that does not exist', async () => {
    const err = await failure(h.as(editor).edits.append({ edits: [record('ghost', { action: 'amend' })] }));
    expect(err.code).toBe('NOT_FOUND');
  });

  it('answers 400 naming the field for an invalid edit', async () => {
    const err = await failure(h.as(editor).edits.append({ edits: [record('bad', { reason: '' })] }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(messageOf(err)).toMatch(/^edits\.0\.reason: /);
  });

  it('answers 400, not a database error, for text the database cannot hold', async () => {
    const body = { ...opening('nul', 'wechat', 'taobao', '2021-11-29'), title: { zh: 'a\u0000b', en: 'x' } };
    const err = await failure(h.as(editor).edits.append({ edits: [record('nul', { body })] }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(messageOf(err)).toMatch(/^edits\.0\.body\.title\.zh: text may not hold the NUL/);
  });

  it('stores text holding HTML and script and returns it unchanged', async () => {
    const html = '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp; </title>';
    const body = { ...opening('html', 'wechat', 'taobao', '2021-11-29'), summary: { zh: html, en: html } };
    await h.as(editor).edits.append({ edits: [record('html', { body, reason: html })] });
    const [rev] = await h.as(null).revisions.list({ id: 'html' });
    expect(rev?.reason).toBe(html);
    expect((await h.as(null).events.get({ id: 'html' })).event.summary.en).toBe(html);
  });
});

describe('revisions.list', () => {
  it('reads the log after a revision, of one entity', async () => {
    const all = await h.as(null).revisions.list();
    expect(all.map((r) => r.revision)).toEqual(all.map((_, i) => i + 1));
    const after = await h.as(null).revisions.list({ after: all.length - 1 });
    expect(after).toEqual([all.at(-1)]);
  });
});
