import { loadLedger } from '@hutong/data';
import { DEFAULT_PAIRS } from '@hutong/domain';
import { appRouter, createCallerFactory, createContextInner, fixedLedger } from '@hutong/router';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const args = ['--to', '2026-06-01', '--resamples', '20', '--seed', '3'];

describe('hutong game', () => {
  it('prints the backtest the API gives, number for number, in JSON and in its table', async () => {
    const r = hutong('game', ...args, '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const cli = JSON.parse(r.stdout);
    const api = createCallerFactory(appRouter)(
      createContextInner({ ledger: fixedLedger(await loadLedger()) }),
    );
    const report = await api.game.report({ pairs: DEFAULT_PAIRS, to: '2026-06-01', resamples: 20, seed: 3 });
    expect(cli.backtest).toEqual(JSON.parse(JSON.stringify(report.backtest)));
    expect(cli.method).toBe('hutong-game/1');
    const text = hutong('game', ...args).stdout;
    if (report.backtest.untestable) expect(text).toContain('the backtest cannot be run');
    else {
      for (const x of Object.values(report.backtest.logLoss)) expect(text).toContain(x.toFixed(4));
      if (!report.backtest.beatsPersistence) expect(text).toContain('does not beat persistence');
    }
  }, 120_000);

  it('simulates with and without the regulation, the same under the same seed', () => {
    const run = () => hutong('game', 'simulate', '--months', '24', '--payoffs', '3,0,5,1', '--json', ...args);
    const a = run();
    expect(a).toMatchObject({ code: 0, stderr: '' });
    const sim = JSON.parse(a.stdout);
    expect(sim.without.droppedEvents).toContain('2021-07-23-miit-launches-link-campaign');
    expect(sim.with.fineFrom).toBe('2021-09-17');
    expect(run().stdout).toBe(a.stdout);
  }, 120_000);

  it('exits 2 on a malformed pair', () => {
    const r = hutong('game', '--pairs', 'alibaba');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pairs');
  });
});

describe('hutong blame', () => {
  it('lists the seed revisions that gave an answer, with author and reason', () => {
    const r = hutong(
      'blame',
      '--host',
      'wechat',
      '--surface',
      'private-chat',
      '--capability',
      'link.open',
      '--target',
      'taobao',
      '--at',
      '2022-01-01',
      '--json',
    );
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const h = JSON.parse(r.stdout);
    expect(h.changes.length).toBeGreaterThan(0);
    expect(h.changes.at(-1).after.status).toBe('open');
    expect(h.changes.every((c: { author: string }) => c.author === 'seed')).toBe(true);
  }, 120_000);
});
