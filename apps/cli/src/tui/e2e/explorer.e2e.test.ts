import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux';

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'hutong-e2e-'));
const session = new TmuxSession(
  `cd '${repo}' && env -u HUTONG_API -u NO_COLOR HUTONG_DATA_DIR='${dataDir}' pnpm --silent hutong; echo "hutong exited $?"; sleep 30`,
);

afterAll(() => {
  session.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The Walls header at a month with its answer in: while one is loading, ` …` follows the date and
 * the grid still shows the previous month's answer. */
const settled = (month: string) => new RegExp(`at ${month}-\\d{2}$`, 'm');

/** The status letter under the Walls cursor, in WeChat's row. */
const wechatCursor = /^wechat +.*?\[(.)\]/m;

describe('hutong in a terminal (tmux)', () => {
  it('opens Walls, moves the date from 2021-06 to 2021-12, sees WeChat × Taobao change, and quits on q', async () => {
    await session.waitFor(/Timeline · \d+ events/, 90_000);
    session.keys('2');
    const [, today] = await session.waitFor(/Walls · link\.open · private-chat · at (\d{4}-\d{2})-\d{2}/);
    const [year, month] = today!.split('-').map(Number) as [number, number];
    // `{` is a year back (as Shift-←), `[`/`]` a month (as ←/→).
    session.keys(
      ...Array<string>(year - 2021).fill('{'),
      ...Array<string>(Math.abs(month - 6)).fill(month > 6 ? '[' : ']'),
    );
    await session.waitFor(settled('2021-06'));
    // The columns are platforms, grouped by camp; the cursor starts on the first cell: down to WeChat's
    // row, right to Taobao (alipay, then taobao, in Alibaba's camp).
    session.keys('Down', 'l');
    const june = await session.waitFor(/wechat × taobao {2}(\w+)/);
    expect(june[1]).toBe('BLOCKED');
    expect(wechatCursor.exec(session.screen())?.[1]).toBe('B');

    session.keys('Right', 'Right', 'Right', 'Right', 'Right', 'Right');
    await session.waitFor(settled('2021-12'));
    const december = await session.waitFor(/wechat × taobao {2}(OPEN|FRICTION|PARTIAL)/);
    expect(december[1]).toBe('OPEN');
    expect(wechatCursor.exec(session.screen())?.[1]).toBe('O');

    session.keys('q');
    await session.waitFor(/hutong exited 0/);
    expect(session.screen()).not.toContain('Walls ·');
  }, 150_000);
});
