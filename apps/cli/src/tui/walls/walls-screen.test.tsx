/** @jsxRuntime automatic @jsxImportSource react */

import { createHutongClient, remoteLinks } from '@hutong/client';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../test-support/closed-port';
import { KEY, renderWith } from '../test-support/render';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { WallsScreen } from './walls-screen';

afterEach(cleanup);
const client = clientOver(wallsLedger());
const screen = (today = '2021-06-15') =>
  renderWith(client, <WallsScreen width={80} height={22} active today={today} />);

/** The letter in the host's row, in the cursor's brackets. */
const cursorCell = (frame: string, host: string) =>
  /\[(.)\]/.exec(frame.split('\n').find((l) => l.startsWith(host)) ?? '')?.[1];

describe('Walls', () => {
  it('shows hosts × targets with a letter per status, a legend and the cell under the cursor', async () => {
    const ui = screen();
    const f = await ui.waitFor('wechat × taobao  BLOCKED');
    expect(f).toContain('Walls · link.open · private-chat · at 2021-06-15');
    expect(f).toMatch(/ O +open +F +friction +P +partial +B +blocked +\? +unknown/);
    expect(f).toMatch(/wechat × taobao {2}BLOCKED {2}(direct|inherited|inferred)/);
    // An inherited answer's letter is in lower case, as the legend says.
    const inherited = /wechat × taobao {2}BLOCKED {2}inherited/.test(f);
    expect(cursorCell(f, 'wechat')).toBe(inherited ? 'b' : 'B');
    expect(f.split('\n').length).toBeLessThanOrEqual(22);
    expect(Math.max(...f.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('moves the date a month with → and sees WeChat open Taobao links in private chats', async () => {
    const ui = screen();
    await ui.waitFor('wechat × taobao');
    await ui.press(KEY.right, KEY.right, KEY.right, KEY.right, KEY.right, KEY.right);
    const f = await ui.waitFor('wechat × taobao  OPEN');
    expect(f).toContain('at 2021-12-15');
    expect(cursorCell(f, 'wechat')).toBe('O');
    await ui.press(KEY.shiftLeft);
    expect(await ui.waitFor('wechat × taobao  BLOCKED')).toContain('at 2020-12-15');
  });

  it('explains the cell with the rule and its sources on Enter, and goes back on Esc', async () => {
    const ui = screen();
    await ui.waitFor('wechat × taobao');
    await ui.press(KEY.enter);
    const f = await ui.waitFor('evidence');
    expect(f).toContain('rule   wechat · * · link.open · alibaba → blocked');
    expect(f).toContain('“spec”');
    await ui.press(KEY.esc);
    await ui.waitFor('wechat × taobao  BLOCKED');
  });

  it('cycles the capability and the surface', async () => {
    const ui = screen();
    await ui.waitFor('wechat × taobao');
    await ui.press('c', 's');
    await ui.waitFor('Walls · card.share · group-chat');
  });

  it('says so when the ledger cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const remote = createHutongClient(remoteLinks({ url }));
    const ui = renderWith(remote, <WallsScreen width={80} height={22} active today="2021-06-15" />, {
      where: url,
    });
    await ui.waitFor(`cannot reach the hutong server at ${url}`);
  });
});
