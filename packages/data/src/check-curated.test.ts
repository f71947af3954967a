import { specLedger } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { checkCurated } from './check-curated';

const base = specLedger([
  {
    id: '2013-11-x',
    date: '2013-11-01',
    changes: [{ host: 'wechat', surface: '*', capability: 'link.open', target: 'taobao', status: 'blocked' }],
  },
]);

describe('checkCurated', () => {
  it('finds nothing wrong in a consistent ledger whose event files are named by id', () => {
    expect(checkCurated(base, [{ file: '2013-11-x.yaml', id: '2013-11-x' }])).toEqual([]);
  });

  it('names each place as the curated files do, and misnamed event files', () => {
    const [first] = base.actors;
    const ledger = {
      ...base,
      actors: [...base.actors, { ...first!, id: 'taobao', owner: 'alibab' }],
      events: base.events.map((e) => ({ ...e, changes: e.changes.map((c) => ({ ...c, target: 'taobo' })) })),
    };
    const problems = checkCurated(ledger, [{ file: 'wrong.yaml', id: '2013-11-x' }]);
    const n = base.actors.length;
    expect(problems.map((p) => p.where)).toEqual([
      `actors.yaml: ${n}.id`,
      `actors.yaml: ${n}.owner`,
      `actors.yaml: ${n}.hosts.0`,
      'events/wrong.yaml: changes.0.target',
      'events/wrong.yaml: id',
    ]);
    expect(problems[1]?.message).toBe('unknown actor "alibab"; closest known: alibaba');
  });
});
