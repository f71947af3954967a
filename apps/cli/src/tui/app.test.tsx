/** @jsxRuntime automatic @jsxImportSource react */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { KEY, renderWith } from './test-support/render';
import { clientOver, wallsLedger } from './test-support/spec-client';

const exit = vi.fn();
vi.mock('ink', async (original) => ({
  ...(await original<typeof import('ink')>()),
  useApp: () => ({ exit }),
}));

afterEach(() => {
  cleanup();
  exit.mockClear();
});
const app = () =>
  renderWith(clientOver(wallsLedger()), <App today="2021-06-15" size={{ columns: 80, rows: 24 }} />);

describe('the explorer', () => {
  it('switches screens with Tab, Shift-Tab and number keys, keeping each screen’s state', async () => {
    const ui = app();
    await ui.waitFor('Timeline · 2 events');
    await ui.press(KEY.tab);
    await ui.waitFor('wechat × taobao  BLOCKED');
    await ui.press(KEY.right);
    await ui.waitFor('at 2021-07-15');
    await ui.press('3');
    await ui.waitFor('Ask · what happens');
    await ui.press(KEY.shiftTab);
    expect(await ui.waitFor('Walls ·')).toContain('at 2021-07-15');
    await ui.press('5');
    await ui.waitFor('Diff from 2020-06-15 to 2021-06-15');
    await ui.press('4');
    await ui.waitFor('Compliance at 2021-06-15');
  });

  it('shows the keys from the keymap on ?, scrolls them in 24 rows, and closes on Esc', async () => {
    const ui = app();
    await ui.waitFor('Timeline · 2 events');
    await ui.press('?');
    const f = await ui.waitFor('Keys — ? or Esc to close');
    expect(f).toMatch(/Tab +next screen/);
    expect(f.split('\n').length).toBeLessThanOrEqual(23);
    await ui.press(KEY.end);
    // After the keys, the Timeline's marks and the glossary's words, to the last one.
    await ui.waitFor(/crossing — host · surface · capability · target/);
    await ui.press(KEY.esc);
    await ui.waitFor('Timeline · 2 events');
  });

  it('quits on q, and on Ctrl-C even while typing', async () => {
    const ui = app();
    await ui.waitFor('Timeline · 2 events');
    await ui.press('q');
    expect(exit).toHaveBeenCalledTimes(1);
    await ui.press('3', 'q', 'q');
    await ui.waitFor(/host +qq/);
    expect(exit).toHaveBeenCalledTimes(1);
    await ui.press(KEY.ctrlC);
    expect(exit).toHaveBeenCalledTimes(2);
  });
});
