import { DomainError, RevisionConflict } from '@hutong/domain';
import { expect, it } from 'vitest';
import { actor, smallLedger } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const by = { author: 'curator', reason: 'spec' } as const;

describeStores('append', (h) => {
  it('records, amends and retracts, and the ledger follows', async () => {
    const store = await h.open();
    expect(await store.head()).toBe(0);
    const [recorded] = await store.append([
      { entity: 'actor', id: 'douyin', action: 'record', body: actor('douyin'), ...by },
    ]);
    expect(recorded).toMatchObject({
      revision: 1,
      entity: 'actor',
      id: 'douyin',
      action: 'record',
      baseRevision: null,
    });
    expect((await store.ledger()).actors.map((a) => a.id)).toEqual(['douyin']);

    const renamed = actor('douyin', { name: { zh: '抖音', en: 'Douyin' } });
    const [amended] = await store.append([
      { entity: 'actor', id: 'douyin', action: 'amend', body: renamed, baseRevision: 1, ...by },
    ]);
    expect(amended).toMatchObject({ revision: 2, action: 'amend', baseRevision: 1 });
    expect((await store.ledger()).actors[0]?.name.en).toBe('Douyin');

    const [retracted] = await store.append([
      { entity: 'actor', id: 'douyin', action: 'retract', baseRevision: 2, ...by },
    ]);
    expect(retracted).toMatchObject({ revision: 3, action: 'retract', body: null, baseRevision: 2 });
    expect((await store.ledger()).actors).toEqual([]);
    expect(await store.head()).toBe(3);

    // A retracted entity can be recorded again, on top of its retraction.
    const [again] = await store.append([
      { entity: 'actor', id: 'douyin', action: 'record', body: renamed, ...by },
    ]);
    expect(again).toMatchObject({ revision: 4, baseRevision: 3 });
    expect((await store.revisions({ entity: 'actor', id: 'douyin' })).map((r) => r.action)).toEqual([
      'record',
      'amend',
      'retract',
      'record',
    ]);
  });

  it('refuses an edit based on a stale revision, naming the current one', async () => {
    const store = await h.open({ seed: smallLedger() });
    const [wechat] = await store.revisions({ entity: 'actor', id: 'wechat' });
    const edit = {
      entity: 'actor',
      id: 'wechat',
      action: 'amend',
      baseRevision: wechat!.revision,
      ...by,
    } as const;
    const [first] = await store.append([{ ...edit, body: actor('wechat', { aliases: ['微信'] }) }]);
    const stale = store.append([{ ...edit, body: actor('wechat', { aliases: ['weixin'] }) }]);
    await expect(stale).rejects.toBeInstanceOf(RevisionConflict);
    await expect(stale).rejects.toMatchObject({ kind: 'conflict', current: first!.revision });
    await expect(stale).rejects.toThrow(`current revision: ${first!.revision}`);
    expect((await store.ledger()).actors.find((a) => a.id === 'wechat')?.aliases).toEqual(['微信']);
  });

  it('refuses to record an entity that is live, and to amend or retract one that is not', async () => {
    const store = await h.open({ seed: smallLedger() });
    const recordAgain = store.append([
      { entity: 'actor', id: 'wechat', action: 'record', body: actor('wechat'), ...by },
    ]);
    await expect(recordAgain).rejects.toMatchObject({ kind: 'conflict', current: expect.any(Number) });
    const retractMissing = store.append([{ entity: 'event', id: 'no-such-event', action: 'retract', ...by }]);
    await expect(retractMissing).rejects.toMatchObject({ kind: 'not-found', field: 'id' });
    const amendMissing = store.append([
      { entity: 'actor', id: 'nobody', action: 'amend', body: actor('nobody'), ...by },
    ]);
    await expect(amendMissing).rejects.toMatchObject({ kind: 'not-found' });
    const event = { entity: 'event', id: '2021-09-17-wechat-opens', action: 'retract', ...by } as const;
    await store.append([event]);
    const twice = store.append([event]);
    await expect(twice).rejects.toThrow(/was retracted at revision/);
  });

  it('appends a batch whole or not at all', async () => {
    const store = await h.open({ seed: smallLedger() });
    const head = await store.head();
    const batch = store.append([
      { entity: 'actor', id: 'jd', action: 'record', body: actor('jd'), ...by },
      { entity: 'actor', id: 'jd', action: 'amend', body: actor('jd', { aliases: ['京东'] }), ...by },
      { entity: 'actor', id: 'wechat', action: 'record', body: actor('wechat'), ...by },
    ]);
    await expect(batch).rejects.toBeInstanceOf(RevisionConflict);
    expect(await store.head()).toBe(head);
    expect((await store.ledger()).actors.map((a) => a.id)).not.toContain('jd');

    // Within a batch, each edit sees the ones before it.
    const landed = await store.append([
      { entity: 'actor', id: 'jd', action: 'record', body: actor('jd'), ...by },
      { entity: 'actor', id: 'jd', action: 'amend', body: actor('jd', { aliases: ['京东'] }), ...by },
    ]);
    // The failed batch used up no revision numbers: they are gapless.
    expect(landed.map((r) => r.revision)).toEqual([head + 1, head + 2]);
    expect(landed.map((r) => r.baseRevision)).toEqual([null, landed[0]!.revision]);
  });

  it('rejects what the schemas reject, at the field', async () => {
    const store = await h.open();
    const bad = (edit: Record<string, unknown>) => store.append([{ ...by, ...edit } as never]);
    await expect(
      bad({ entity: 'actor', id: 'x', action: 'record', body: { ...actor('x'), kind: 'planet' } }),
    ).rejects.toMatchObject({
      kind: 'invalid',
      field: 'edits.0.body.kind',
    });
    await expect(bad({ entity: 'actor', id: 'x', action: 'record', body: actor('y') })).rejects.toMatchObject(
      {
        field: 'edits.0.body.id',
      },
    );
    await expect(
      bad({ entity: 'actor', id: 'x', action: 'retract', body: actor('x') }),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(bad({ entity: 'planet', id: 'x', action: 'retract' })).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect(await store.head()).toBe(0);
  });
});
