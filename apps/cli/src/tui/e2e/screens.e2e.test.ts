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
  { columns: 120, rows: 35 },
);

afterAll(() => {
  session.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A line of the answer pane (right of the form) that opens with Chinese punctuation. */
const punctuationFirst = /^ {20,}[，。、；：！？）」』】》]/m;

describe('Ask, Walls and Sources in a terminal (tmux)', () => {
  it('takes a fast burst field by field, Enter moving down, and answers with the crossing’s history', async () => {
    await session.waitFor(/Timeline · \d+ events/, 90_000);
    session.keys('3');
    await session.waitFor(/Fill in the fields/);
    // One burst: host, Enter, a new surface over the default, Enter past capability, target, Enter, Enter asks.
    session.burst(
      'wechat',
      'Enter',
      'group-chat',
      'Enter',
      'Enter',
      'taobao',
      'Enter',
      '2021-10-15',
      'Enter',
    );
    const head = await session.waitFor(/wechat · group-chat · link\.open · taobao\s+on (\S+)/);
    expect(head[1]).toBe('2021-10-15');
    await session.waitFor(/History of this crossing/);
    const screen = session.screen();
    expect(screen).toMatch(/2013-12-31 – 2021-11-28 +BLOCKED +direct/);
    expect(screen).toMatch(/2024-09-03 – today +OPEN/);
    expect(screen).toMatch(/window 2021-11-30 – 2024-09-03/);
    // The evidence below quotes Chinese sources: no wrapped line opens with punctuation.
    for (let page = 0; page < 6; page++) {
      expect(session.screen()).not.toMatch(punctuationFirst);
      session.keys('PageDown');
      await new Promise((r) => setTimeout(r, 300));
    }
  }, 150_000);

  it('groups Walls by camp, hides empty rows and columns until e, and sums up the date', async () => {
    // Shift-Tab: from the Ask form, where digits type, back one screen to Walls.
    session.keys('BTab');
    const line = await session.waitFor(
      /on (\d{4}-\d{2}-\d{2}) (\S+) blocks (\d+) of (\S+)'s (\d+) platforms/,
    );
    expect(Number(line[3])).toBeGreaterThan(0);
    let screen = session.screen();
    expect(screen).toMatch(/┌alibaba/);
    expect(screen).toMatch(/── tencent ──/);
    const hidden = await session.waitFor(/· (\d+) empty hidden \(e shows\)/);
    expect(Number(hidden[1])).toBeGreaterThan(0);
    const rowsBefore = screen.split('\n').filter((l) => /^\S+ +.*[[ ][OFPB?][\] ]/.test(l)).length;
    session.keys('e');
    await session.waitFor(/· all shown \(e hides empty\)/);
    screen = session.screen();
    const rowsAfter = screen.split('\n').filter((l) => /^\S+ +.*[[ ][OFPB?][\] ]/.test(l)).length;
    expect(rowsAfter).toBeGreaterThanOrEqual(rowsBefore);
    session.keys('e');
    await session.waitFor(/empty hidden \(e shows\)/);
  }, 60_000);

  it('lists the sources by number, and opens one with every event and figure citing it', async () => {
    session.keys('6');
    await session.waitFor(/^003 {2}2024-09-03 {2}未署名转载/m);
    session.keys('j', 'j', 'j', 'Enter');
    const [, count] = await session.waitFor(/Events citing it \((\d+)\)/);
    expect(Number(count)).toBeGreaterThanOrEqual(3);
    expect(session.screen()).toMatch(/^003 {2}历经三年整改后/m);
    session.keys('Escape');
    await session.waitFor(/^003 {2}2024-09-03/m);
  }, 60_000);
});
