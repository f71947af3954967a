import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLedger } from '@hutong/data';
import { afterAll, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux';

// Issue 26 in a real terminal: the explorer as `hutong` opens it, on today's date.
const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'hutong-e2e-'));
const session = new TmuxSession(
  `cd '${repo}' && env -u HUTONG_API -u NO_COLOR HUTONG_DATA_DIR='${dataDir}' pnpm --silent hutong; echo "hutong exited $?"; sleep 30`,
  { columns: 120, rows: 40 },
);

afterAll(() => {
  session.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const pause = () => new Promise((r) => setTimeout(r, 400));

describe('words a reader can quote, in the terminal UI (tmux)', () => {
  it('explains the Timeline’s marks and the glossary’s words on ?', async () => {
    await session.waitFor(/Timeline · \d+ events/, 90_000);
    expect(session.screen()).toMatch(/ 1 Timeline {2}2 Walls {2}3 Ask /);
    session.keys('?');
    await session.waitFor(/Keys — \? or Esc to close/);
    session.keys('End');
    const words = await session.waitFor(/crossing — host · surface · capability · target/);
    expect(words.input).toMatch(/inherited — from a broader rule/);
    expect(words.input).toMatch(/B~ +a ~ after it: uncertain window — /);
    session.keys('Home');
    await pause();
    for (let page = 0; page < 8 && !/Timeline marks/.test(session.screen()); page++) {
      session.keys('PageDown');
      await pause();
    }
    const marks = await session.waitFor(/Timeline marks \(before a title\)/);
    expect(marks.input).toMatch(/ · +reported — a publication reports it/);
    expect(marks.input).toMatch(/ ~ +rumor — unconfirmed/);
    expect(marks.input).toMatch(/ ! +disputed — sources disagree/);
    session.keys('Escape');
    await session.waitFor(/Timeline · \d+ events/);
  }, 150_000);

  it('on Ask, the tab bar shows no number keys (digits type there) and says Tab switches', async () => {
    session.keys('3');
    await session.waitFor(/Fill in the fields/);
    const screen = session.screen();
    expect(screen).toMatch(
      / Timeline {2}Walls {2}Ask {2}Compliance {2}Diff {2}Sources {2}Tab\/Shift-Tab: screens/,
    );
    expect(screen).not.toMatch(/ 1 Timeline/);
    expect(screen).toMatch(/surface +\*/);
  });

  it('Diff says whether ←/→ move from or to, and f switches', async () => {
    session.keys('Tab', 'Tab');
    await session.waitFor(/Diff from \S+ to \S+ +←\/→ move to \(f: switch\)/);
    session.keys('f');
    await session.waitFor(/←\/→ move from \(f: switch\)/);
  });

  it('Compliance: an ended campaign is not "no deadline passed", and an unchecked rule is never past its deadline', async () => {
    session.keys('BTab');
    const today = await session.waitFor(/Compliance at (\d{4}-\d{2}-\d{2})/);
    if (today[1]! > '2022-01-23')
      await session.waitFor(/No regulation checked here is in force: .+ ran until 2022-01-23/);
    // To 7 Feb 2022: in force no more, and SAMR's rule (not checked) past its own deadline.
    const years = Number(today[1]!.slice(0, 4)) - 2022;
    for (let i = 0; i < years; i++) session.keys('{');
    const month = Number(today[1]!.slice(5, 7));
    for (let i = 0; i < month - 2; i++) session.keys('[');
    await session.waitFor(/Compliance at 2022-02-\d\d/);
    const screen = session.screen();
    expect(screen).not.toMatch(/Past their deadline.*(SAMR|rectification)/i);
    expect(screen).not.toMatch(/samr-2021/);
  });

  it('no screen shows an event, source, regulation or figure id, nor a #n rule fragment', async () => {
    const ledger = loadLedger();
    const ids = [ledger.events, ledger.sources, ledger.regulations, ledger.figures].flatMap((xs) =>
      xs.map((x) => x.id),
    );
    const check = async (ready: RegExp) => {
      const screen = (await session.waitFor(ready)).input;
      await pause();
      const now = session.screen();
      expect(
        ids.filter((id) => now.includes(id)),
        now,
      ).toEqual([]);
      expect(now).not.toMatch(/#\d+\b/);
      return screen;
    };
    session.keys('4');
    await check(/Compliance at/);
    for (let i = 0; i < 4; i++) session.keys('[');
    await check(/Compliance at 2021-10-\d\d/);
    session.keys('1');
    await check(/Timeline · \d+ events/);
    session.keys('Enter');
    await check(/changes|sources/);
    session.keys('Escape', '2');
    await check(/Walls/);
    session.keys('5');
    await check(/Diff from/);
    session.keys('6');
    await check(/Sources/);
    session.keys('3');
    await session.waitFor(/Fill in the fields/);
    session.burst(
      'wechat',
      'Enter',
      'C-u',
      'group-chat',
      'Enter',
      'Enter',
      'taobao',
      'Enter',
      '2021-10-15',
      'Enter',
    );
    await check(/History of this crossing/);
  }, 120_000);

  it('Walls: e keeps the cursor on its host and target; the legend explains inherited and uncertain marks', async () => {
    // From Ask, where digits type, back one screen to Walls.
    session.keys('BTab');
    await session.waitFor(/empty hidden \(e shows\)/);
    session.keys('j', 'l', 'l');
    await pause();
    const before = /^(\S+ × \S+) /m.exec(session.screen())?.[1];
    expect(before).toBeDefined();
    session.keys('e');
    await session.waitFor(/all shown \(e hides empty\)/);
    expect(/^(\S+ × \S+) /m.exec(session.screen())?.[1]).toBe(before);
    // The legend explains the marks for inherited and uncertain cells.
    expect(session.screen()).toMatch(/b inherited · B~ uncertain window/);
  });

  it('Walls: an inherited cell’s letter is in lower case, as the legend says', async () => {
    // Snake through the grid (l to the end of a row, j, h back, j) until the cell under the cursor is inherited.
    let letter: string | undefined;
    let status: RegExpExecArray | null = null;
    for (let step = 0; step < 120 && !letter; step++) {
      const screen = session.screen();
      status = /^(\S+) × \S+ {2}([A-Z]+) {2}(direct|inherited|inferred|none)\b/m.exec(screen);
      const row = screen.split('\n').find((l) => status && l.startsWith(status[1]!) && l.includes('['));
      const cursor = /\[(.)\]/.exec(row ?? '')?.[1];
      if (status?.[3] === 'inherited' && cursor) letter = cursor;
      else {
        const col = step % 16;
        session.keys(col === 15 ? 'j' : Math.floor(step / 16) % 2 ? 'h' : 'l');
        await pause();
      }
    }
    expect(letter, 'an inherited cell on the grid').toBeDefined();
    expect(letter).toBe(status![2]![0]!.toLowerCase());
  }, 120_000);
});
