/** @jsxRuntime automatic @jsxImportSource react */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { manyEvents } from '../test-support/many-events';
import { KEY, renderWith } from '../test-support/render';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { TimelineScreen } from './timeline-screen';

afterEach(cleanup);
const timeline = (client: ReturnType<typeof clientOver>, width = 80) =>
  renderWith(client, <TimelineScreen width={width} height={22} active today="2026-01-01" />);

describe('Timeline', () => {
  it('lists events by year and filters them as you type an actor or keyword', async () => {
    const ui = timeline(clientOver(wallsLedger()));
    const f = await ui.waitFor('Timeline · 2 events');
    expect(f).toMatch(/2013 +07-01 +rollout/);
    expect(f).toMatch(/2021 +11-29 +rollout/);
    await ui.press('/', 'taobao');
    const filtered = await ui.waitFor('Filter: taobao▏ · 1 of 2 events');
    expect(filtered).not.toContain('2013');
    await ui.press(KEY.esc);
    await ui.waitFor('Timeline · 2 events');
  });

  it('opens an event with its policy changes and sources, and goes back', async () => {
    const ui = timeline(clientOver(wallsLedger()));
    await ui.waitFor('Timeline · 2 events');
    await ui.press('j', KEY.enter);
    const f = await ui.waitFor('Event 2 of 2');
    expect(f).toContain('Policy changes');
    expect(f).toContain('wechat · private-chat · link.open · taobao → open');
    expect(f).toContain('“spec”');
    await ui.press(KEY.esc);
    await ui.waitFor('Timeline · 2 events');
  });

  it('uses a wide terminal for the selected event beside the list', async () => {
    const ui = timeline(clientOver(wallsLedger()), 140);
    const f = await ui.waitFor('Sources');
    expect(f).toMatch(/2013 +07-01 +rollout +spec +spec/);
  });

  it('windows 10,000 events: only a screenful renders, and keys stay fast', async () => {
    const ui = timeline(clientOver(manyEvents(10_000)));
    await ui.waitFor('Timeline · 10,000 events', 20_000);
    const started = performance.now();
    await ui.press(...Array(30).fill(KEY.down), ...Array(10).fill(KEY.pageDown), KEY.end);
    const f = await ui.waitFor('Event 9999 about taobao');
    await ui.press('/', 'w', 'e', 'c', 'h', 'a', 't');
    await ui.waitFor('1,429 of 10,000 events');
    const perKey = (performance.now() - started) / 48;
    expect(f.split('\n').length).toBeLessThanOrEqual(22);
    expect(perKey).toBeLessThan(100);
  }, 30_000);
});
