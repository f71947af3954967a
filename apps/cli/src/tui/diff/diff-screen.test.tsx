/** @jsxRuntime automatic @jsxImportSource react */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderWith } from '../test-support/render';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { DiffScreen } from './diff-screen';

afterEach(cleanup);

describe('Diff', () => {
  it('shows what changed between two dates and the events in between; f picks the date the keys move', async () => {
    const ui = renderWith(
      clientOver(wallsLedger()),
      <DiffScreen width={80} height={22} active today="2021-12-01" />,
    );
    const f = await ui.waitFor('1 change from 2020-12-01 to 2021-12-01');
    expect(f).toMatch(/wechat · private-chat · link\.open · taobao +blocked → open/);
    expect(f).toContain('2021-11-29  spec');
    await ui.press(KEY.left);
    await ui.waitFor('0 changes from 2020-12-01 to 2021-11-01');
    await ui.press('f', '{', '{', '{', '{', '{', '{', '{', '{', '{');
    expect(await ui.waitFor('2 changes from 2011-12-01 to 2021-11-01')).toMatch(/alibaba +unknown → blocked/);
  });
});
