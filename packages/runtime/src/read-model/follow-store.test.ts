import { type EditInput, foldLedger, type PolicyChangeInput } from '@hutong/domain';
import { answerSheet, specEvent } from '@hutong/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FollowedStore, openFollowedStore } from '../test-support/followed-store';

let followed: FollowedStore;
beforeAll(async () => {
  followed = await openFollowedStore();
}, 60_000);
afterAll(() => followed?.close());

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const surfaces = ['*', 'private-chat', 'group-chat'] as const;
const capabilities = ['link.open', 'payment.accept'] as const;
const by = { author: 'spec', reason: 'spec' };

describe('followStore: the incrementally updated view', () => {
  it('answers as a fresh fold of the store after each of a random run of edits', async () => {
    const rnd = random(11);
    const change = (): PolicyChangeInput => ({
      host: rnd.pick(['wechat', 'tencent', 'taobao']),
      surface: rnd.pick(surfaces),
      capability: rnd.pick(capabilities),
      target: rnd.pick(['taobao', 'tmall', 'alibaba', '*', 'wechat-pay']),
      status: rnd.pick(['open', 'friction', 'partial', 'blocked'] as const),
      standing: rnd.next() < 0.25,
    });
    const event = (id: string) =>
      specEvent({
        id,
        date: `${rnd.pick([2019, 2020, 2021])}-0${1 + Math.floor(rnd.next() * 9)}-1${Math.floor(rnd.next() * 9)}`,
        ...(rnd.next() < 0.15 ? { confidence: 'rumor' as const } : {}),
        changes: Array.from({ length: 1 + Math.floor(rnd.next() * 3) }, change),
      });
    const retracted: string[] = [];
    let serial = 0;
    for (let step = 0; step < 40; step++) {
      const live = followed.view.index.ledger.events.map((e) => e.id);
      const roll = rnd.next();
      let edit: EditInput;
      if (roll < 0.4 || live.length === 0) {
        const id = `f-${++serial}`;
        edit = { entity: 'event', id, action: 'record', body: event(id), ...by };
      } else if (roll < 0.65) {
        const id = rnd.pick(live);
        edit = { entity: 'event', id, action: 'amend', body: event(id), ...by };
      } else if (roll < 0.8) {
        const id = rnd.pick(live);
        retracted.push(id);
        edit = { entity: 'event', id, action: 'retract', ...by };
      } else if (roll < 0.88 && retracted.length) {
        // Recorded again: it takes back its first place in the ledger (the store knows it; the view asks).
        const id = retracted.splice(Math.floor(rnd.next() * retracted.length), 1)[0]!;
        edit = { entity: 'event', id, action: 'record', body: event(id), ...by };
      } else if (roll < 0.94) {
        const source = { ...followed.view.index.ledger.sources[0]!, title: `spec ${step}` };
        edit = { entity: 'source', id: source.id, action: 'amend', body: source, ...by };
      } else {
        const tmall = followed.view.index.actors.get('tmall')!;
        const { owner, ...rest } = tmall;
        edit = {
          entity: 'actor',
          id: 'tmall',
          action: 'amend',
          body: owner ? rest : { ...tmall, owner: 'alibaba' },
          ...by,
        };
      }
      const [landed] = await followed.store.append([edit]);
      await followed.follower.catchUp(landed!.revision);
      expect(followed.view.revision).toBe(landed!.revision);
      const fresh = foldLedger((await followed.store.snapshot()).ledger);
      expect(followed.view.index.ledger).toEqual(fresh.ledger);
      expect(answerSheet(followed.view.index, { surfaces, capabilities })).toEqual(
        answerSheet(fresh, { surfaces, capabilities }),
      );
    }
  }, 120_000);
});
