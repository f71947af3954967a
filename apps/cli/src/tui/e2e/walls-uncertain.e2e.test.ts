import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLedger } from '@hutong/data';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../../test-support/hutong-binary';
import { TmuxSession } from './tmux';

// Issue 26: Walls mark a cell inside a change's uncertain window. No cell of the curated ledger is
// uncertain today, so this run's own copy of the store records one change whose day is unknown: WeChat
// blocking Taobao links in private chats some day between 20 days ago and 40 days from now.
const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const store = copySeeded(inject('seededDataDir'));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const from = day(-20);
const until = day(40);

const cited = loadLedger().events.find((e) => e.actors.includes('wechat') && e.actors.includes('taobao'));
if (!cited) throw new Error('the curated ledger has no event about WeChat and Taobao to cite');
const file = join(store.dir, 'uncertain.ndjson');
writeFileSync(
  file,
  `${JSON.stringify({
    entity: 'event',
    body: {
      ...cited,
      id: 'e2e-wechat-blocks-taobao-some-day',
      title: { zh: '微信某日屏蔽淘宝链接', en: 'WeChat blocks Taobao links on a day no source gives' },
      date: from,
      precision: 'day',
      notAfter: until,
      regulation: undefined,
      disputed: undefined,
      follows: undefined,
      confidence: 'confirmed',
      changes: [
        {
          host: 'wechat',
          surface: 'private-chat',
          capability: 'link.open',
          target: 'taobao',
          status: 'blocked',
        },
      ],
    },
  })}\n`,
);
const imported = hutongOn(store.dir)('import', file);
if (imported.code !== 0) throw new Error(`importing the uncertain change failed: ${imported.stderr}`);

const session = new TmuxSession(
  `cd '${repo}' && env -u HUTONG_API -u NO_COLOR HUTONG_DATA_DIR='${store.dir}' pnpm --silent hutong; echo "hutong exited $?"; sleep 30`,
  { columns: 120, rows: 40 },
);

afterAll(() => {
  session.kill();
  store.remove();
});

const pause = () => new Promise((r) => setTimeout(r, 300));
/** The line under the grid naming the cursor's crossing: `wechat × taobao  OPEN  direct · …`. */
const cursorCell = () => /^(\S+) × (\S+) {2}[A-Z]+ /m.exec(session.screen());

describe('Walls in a terminal (tmux): a cell inside a change’s uncertain window', () => {
  it('shows the ~ mark after its letter, the legend explains it, and the cursor’s line gives the window', async () => {
    await session.waitFor(/Timeline · \d+ events/, 90_000);
    session.keys('2');
    await session.waitFor(/Walls · link\.open · private-chat · at \d{4}-/);

    // Down to WeChat's row, then right to Taobao's column (bounded walks).
    for (let i = 0; i < 40 && cursorCell()?.[1] !== 'wechat'; i++) {
      session.keys('j');
      await pause();
    }
    for (let i = 0; i < 40 && cursorCell()?.[2] !== 'taobao'; i++) {
      session.keys('l');
      await pause();
    }
    const under = await session.waitFor(/^wechat × taobao {2}OPEN {2}.*uncertain: (\S+) – (\S+) → blocked/m);
    expect([under[1], under[2]]).toEqual([from, until]);

    // Where the cursor's brackets were, the cell reads `O~` once the cursor moves up a row.
    const row = () =>
      session
        .screen()
        .split('\n')
        .find((l) => l.startsWith('wechat '));
    const at = row()?.indexOf('[O]') ?? -1;
    expect(at, `the cursor on WeChat's row:\n${session.screen()}`).toBeGreaterThan(0);
    session.keys('k');
    await session.waitFor(/^(?!wechat ).* × \S+ {2}[A-Z]+ /m);
    expect(row()?.slice(at, at + 3)).toBe(' O~');
    // No other cell of WeChat's row is uncertain: the mark belongs to this change alone.
    expect(row()?.match(/~/g)).toHaveLength(1);

    // The legend under the grid says what the mark means.
    expect(session.screen()).toMatch(/ B~ uncertain window/);
  }, 150_000);
});
