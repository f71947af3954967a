import { expect, it } from 'vitest';
import { describeStores } from './test-support/stores';

describeStores('tokens', (h) => {
  it('verifies a new token and nothing like it; keeps only a salted hash', async () => {
    const store = await h.open();
    const { token, info } = await store.tokens.create({ name: '  curator  ', role: 'editor' });
    expect(info).toMatchObject({ name: 'curator', role: 'editor', revokedAt: null });
    expect(await store.tokens.verify(token)).toEqual(info);
    // The secret is base64url, so it may itself hold '_': take all after the id.
    const secret = token.slice(`hutong_${info.id}_`.length);
    expect(secret).toHaveLength(43);
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const bad of [
      flipped,
      `hutong_${info.id}_`,
      'hutong_nope',
      '',
      token.replace(info.id, 'aaaaaaaaaaaa'),
    ])
      expect(await store.tokens.verify(bad)).toBeNull();
    const rows = await (await h.db()).query(`SELECT * FROM "${h.schema}".tokens`);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('revokes a token for good: it stays listed, with the time, and verifies no more', async () => {
    const store = await h.open();
    const a = await store.tokens.create({ name: 'a', role: 'admin' });
    const b = await store.tokens.create({ name: 'b', role: 'editor' });
    const revoked = await store.tokens.revoke(a.info.id);
    expect(revoked.revokedAt).not.toBeNull();
    expect(await store.tokens.revoke(a.info.id)).toEqual(revoked);
    expect(await store.tokens.verify(a.token)).toBeNull();
    expect(await store.tokens.verify(b.token)).toEqual(b.info);
    expect((await store.tokens.list()).map((t) => [t.name, t.revokedAt !== null])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    await expect(store.tokens.revoke('abcdefabcdef')).rejects.toThrow(/no token with id/);
  });

  it('lists tokens in the order they were made, even when they share a creation instant', async () => {
    // A frozen clock: every token has the same created_at, and random ids would order them at will.
    const store = await h.open({ now: () => new Date('2026-01-01T00:00:00Z') });
    const names = Array.from({ length: 12 }, (_, i) => `t${i}`);
    for (const name of names) await store.tokens.create({ name, role: 'editor' });
    expect((await store.tokens.list()).map((t) => t.name)).toEqual(names);
    await store.tokens.revoke((await store.tokens.list())[3]!.id);
    expect((await store.tokens.list()).map((t) => t.name)).toEqual(names);
  });

  it('refuses to delete or rewrite a token in the database itself', async () => {
    const store = await h.open();
    await store.tokens.create({ name: 'a', role: 'editor' });
    const db = await h.db();
    const t = `"${h.schema}".tokens`;
    await expect(db.query(`DELETE FROM ${t}`)).rejects.toThrow(/only ever revoked/);
    await expect(db.query(`UPDATE ${t} SET role = 'admin'`)).rejects.toThrow(/only ever revoked/);
  });

  it('rejects a bad name or role as invalid input', async () => {
    const store = await h.open();
    await expect(store.tokens.create({ name: ' ', role: 'editor' })).rejects.toThrow(/name/);
    await expect(store.tokens.create({ name: 'x', role: 'root' as 'admin' })).rejects.toThrow(/role/);
  });
});
