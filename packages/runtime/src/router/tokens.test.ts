import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, editor, failure, type Harness, openHarness } from '../test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 60_000);
afterAll(() => h?.close());

describe('tokens', () => {
  it('are managed by admins only: 401 anonymous, 403 for an editor', async () => {
    expect((await failure(h.as(null).tokens.list())).code).toBe('UNAUTHORIZED');
    const err = await failure(h.as(editor).tokens.create({ name: 'x', role: 'admin' }));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toMatch(/needs the admin role; the token "ed" is editor/);
  });

  it('are created with a secret shown once, listed without it, and revoked (still listed)', async () => {
    const { token, info } = await h.as(admin).tokens.create({ name: 'bot', role: 'editor' });
    expect(token).toMatch(/^hutong_[0-9a-f]{12}_/);
    expect(await h.store.tokens.verify(token)).toEqual(info);
    const listed = await h.as(admin).tokens.list();
    expect(listed).toContainEqual(info);
    expect(JSON.stringify(listed)).not.toContain(token.slice(20));
    const revoked = await h.as(admin).tokens.revoke({ id: info.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await h.store.tokens.verify(token)).toBeNull();
    expect((await h.as(admin).tokens.list()).find((t) => t.id === info.id)?.revokedAt).toBe(
      revoked.revokedAt,
    );
  });

  it('answers 404 for revoking an unknown token and 400 for a malformed id', async () => {
    expect((await failure(h.as(admin).tokens.revoke({ id: 'abcdefabcdef' }))).code).toBe('NOT_FOUND');
    expect((await failure(h.as(admin).tokens.revoke({ id: 'nope' }))).code).toBe('BAD_REQUEST');
  });

  it('lets an admin edit too', async () => {
    const [rev] = await h.as(admin).edits.append({
      edits: [
        {
          entity: 'actor',
          id: 'kuaishou',
          action: 'record',
          body: { id: 'kuaishou', kind: 'platform', name: { zh: '快手', en: 'Kuaishou' }, hosts: [] },
          author: 'ad',
          reason: 'r',
        },
      ],
    });
    expect(rev?.id).toBe('kuaishou');
  });
});
