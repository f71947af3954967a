import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded } from '../../test-support/hutong-binary';
import { TmuxSession } from './tmux';

// Issue 26: on Ask the keys 1–6 (screens elsewhere) typed into the field — pressing 4 replaced the date
// with "4". In a real terminal: digits typed key by key, as a person types a date, stay in the field.
const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const store = copySeeded(inject('seededDataDir'));
const session = new TmuxSession(
  `cd '${repo}' && env -u HUTONG_API -u NO_COLOR HUTONG_DATA_DIR='${store.dir}' pnpm --silent hutong; echo "hutong exited $?"; sleep 30`,
  { columns: 120, rows: 40 },
);

afterAll(() => {
  session.kill();
  store.remove();
});

const pause = (ms = 150) => new Promise((r) => setTimeout(r, ms));
/** The focused field's label and text, between the `›` and the cursor bar. */
const focused = () => /^› (\S+(?: \/ \S+)?) +(.*?)▏/m.exec(session.screen());
const ASK = /Ask · what happens when a user on the host meets the target\?/;

describe('Ask in a terminal (tmux): digits type into the field', () => {
  it('a date typed key by key on the date field is exactly what the field holds, and Ask stays', async () => {
    await session.waitFor(/Timeline · \d+ events/, 90_000);
    session.keys('3');
    await session.waitFor(ASK);
    for (let i = 0; i < 4; i++) session.keys('Down');
    await session.waitFor(/^› date /m);
    session.keys('C-u');
    await session.waitFor(/^› date +▏/m);
    // Every digit a screen key elsewhere (1–6) among them, each its own key press.
    for (const key of '2016-05-31') {
      session.keys(key);
      await pause();
    }
    await session.waitFor(/^› date +2016-05-31▏/m);
    expect(focused()?.slice(1)).toEqual(['date', '2016-05-31']);
    const screen = session.screen();
    expect(screen).toMatch(ASK);
    expect(screen).not.toMatch(/Compliance at|Diff from|Walls · |Timeline · /);
  });

  it('in the host field too: 4 is a character, not Compliance', async () => {
    for (let i = 0; i < 4; i++) session.keys('Up');
    await session.waitFor(/^› host /m);
    session.keys('C-u', '4');
    await session.waitFor(/^› host +4▏/m);
    expect(focused()?.slice(1)).toEqual(['host', '4']);
    expect(session.screen()).toMatch(ASK);
    session.keys('C-u');
    await session.waitFor(/^› host +▏/m);
  });

  it('outside Ask’s fields the screen keys still switch: Tab leaves Ask, then 2, 1, 6 and 3', async () => {
    session.keys('Tab');
    await session.waitFor(/Compliance at \d{4}-/);
    session.keys('2');
    await session.waitFor(/Walls · link\.open · /);
    session.keys('1');
    await session.waitFor(/Timeline · \d+ events/);
    session.keys('6');
    await session.waitFor(/^Sources/m);
    session.keys('3');
    await session.waitFor(ASK);
    // Ask keeps what was typed while the reader looked elsewhere.
    expect(session.screen()).toMatch(/^ {2}date {9}2016-05-31$/m);
  });
});
