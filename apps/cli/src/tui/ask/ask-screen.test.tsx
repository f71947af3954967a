/** @jsxRuntime automatic @jsxImportSource react */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderWith } from '../test-support/render';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { AskScreen } from './ask-screen';

afterEach(cleanup);
const ask = (width = 80) =>
  renderWith(clientOver(wallsLedger()), <AskScreen width={width} height={22} active today="2021-12-01" />);

describe('Ask', () => {
  it('completes ids as you type and answers with the evidence', async () => {
    const ui = ask();
    await ui.waitFor('Fill in the fields');
    await ui.press('w', 'e');
    await ui.waitFor(/host +we▏ +wechat/);
    // The surface defaults to every surface (*), as everywhere; this asks about private chats.
    await ui.press(KEY.enter, '\x15', 'private-chat', KEY.enter, KEY.enter, 't', 'a', 'o');
    await ui.waitFor(/target \/ URL +tao▏ +taobao/);
    await ui.press(KEY.enter, KEY.enter);
    const f = await ui.waitFor('OPEN');
    expect(f).toContain('wechat · private-chat · link.open · taobao  on 2021-12-01');
    expect(f).toContain('since 2021-11-29');
    expect(f).toContain('“spec”');
  });

  it('takes a pasted link for the target', async () => {
    const ui = ask(120);
    await ui.waitFor('Fill in the fields');
    await ui.press(
      'wechat',
      KEY.down,
      '\x15',
      'private-chat',
      KEY.down,
      KEY.down,
      'https://item.taobao.com/item.htm?id=1',
      KEY.enter,
      KEY.enter,
    );
    const f = await ui.waitFor('via taobao.com');
    expect(f).toContain('OPEN');
  });

  it('names the field of a mistake, and lets q and digits type rather than quit or switch', async () => {
    const ui = ask();
    await ui.waitFor('Fill in the fields');
    await ui.press('qq', KEY.down, KEY.down, KEY.down, 'wexin', KEY.down, KEY.backspace, '9', KEY.enter);
    const f = await ui.waitFor('target: unknown actor "wexin"');
    expect(f).toMatch(/host +qq\n/);
    expect(f).toMatch(/date +2021-12-09/);
    await ui.press(KEY.up, '\x15', 'wechat', KEY.enter, KEY.enter);
    await ui.waitFor('no later change recorded');
  });
});
