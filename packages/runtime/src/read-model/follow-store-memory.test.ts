import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { EditInput } from '@hutong/domain';
import { rule, specEvent } from '@hutong/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FollowedStore, openFollowedStore } from '../test-support/followed-store';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let followed: FollowedStore;
beforeAll(async () => {
  followed = await openFollowedStore();
}, 60_000);
afterAll(() => followed?.close());

/** Bytes of JavaScript heap still reachable (after a full collection). */
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const by = { author: 'spec', reason: 'spec' };
const hosts = ['wechat', 'taobao', 'tencent'];
const targets = ['alibaba', 'tmall', 'taobao', 'wechat-pay', '*'];

/** The n-th edit: mostly new events, every third an amendment of an earlier one, every tenth standing. */
function edit(n: number): EditInput {
  const amend = n % 3 === 2;
  const id = amend ? `m-${n - 2}` : `m-${n}`;
  const body = specEvent({
    id,
    date: `20${10 + (n % 12)}-0${1 + (n % 9)}-1${n % 10}`,
    changes: [
      {
        ...rule(hosts[n % 3]!, '*', targets[n % 5]!, n % 2 ? 'blocked' : 'open'),
        standing: n % 10 === 0,
      },
    ],
  });
  return { entity: 'event', id, action: amend ? 'amend' : 'record', body, ...by };
}

describe('followStore memory', () => {
  let registry: FinalizationRegistry<number> | undefined;
  // The bound: 1,000 edits add ~670 small events to the ledger (a few MB with their index entries);
  // 24 MB of growth leaves room for that and the allocator, and none for keeping a copy per edit.
  const BOUND_MB = 24;

  it(`holds at most ${BOUND_MB} MB more heap after 1,000 appended edits, and lets go of the indexes it replaced`, async () => {
    for (let n = 0; n < 30; n++)
      await followed.follower.catchUp((await followed.store.append([edit(n)]))[0]!.revision);
    let released = 0;
    // Held in the describe's scope: a collected registry calls nothing back.
    registry = new FinalizationRegistry(() => released++);
    const replaced = registry;
    const before = heapAfterGc();
    for (let n = 30; n < 1_030; n++) {
      replaced.register(followed.view.index, n);
      const [landed] = await followed.store.append([edit(n)]);
      await followed.follower.catchUp(landed!.revision);
    }
    expect(followed.view.index.ledger.events.length).toBeGreaterThan(680);
    const grown = (heapAfterGc() - before) / 2 ** 20;
    expect(grown).toBeLessThan(BOUND_MB);
    // Finalizers run after the collection, on later turns of the event loop.
    for (let i = 0; i < 5 && released < 990; i++) {
      await new Promise((r) => setTimeout(r, 20));
      heapAfterGc();
    }
    expect(released).toBeGreaterThanOrEqual(990);
  }, 300_000);
});
