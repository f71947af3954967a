import { decide, foldLedger, type Ledger, nextMonthStart, recordedCrossings } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const ledger = loadLedger();
const index = foldLedger(ledger);
const GROUP_CHAT = {
  host: 'wechat',
  surface: 'group-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2021-10-01',
} as const;

/** `date` a year on, as `stale` reads it. */
const yearOn = (date: string) => `${String(Number(date.slice(0, 4)) + 1)}${date.slice(4)}`;

describe('how fresh each answer is (lastEvidence, stale)', () => {
  it('carries lastEvidence on every answer with a status, and stale exactly when the date is a year past it', () => {
    let checked = 0;
    for (const k of recordedCrossings(index).all)
      for (
        let at = '2012-01-01';
        at <= '2026-12-01';
        at = nextMonthStart(nextMonthStart(nextMonthStart(at)))
      ) {
        const d = decide(index, { ...k, at });
        if (d.status === 'unknown') {
          expect(d.lastEvidence).toBeNull();
          continue;
        }
        checked++;
        expect(d.lastEvidence, `${k.host} ${k.surface} ${k.target} ${at}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Boolean(d.stale)).toBe(at > yearOn(d.lastEvidence!));
      }
    expect(checked).toBeGreaterThan(1000);
  });

  it('reads a later article re-observing a status as confirming it: 001 sees the 2013 group-chat block on 29 Nov 2021', () => {
    const d = decide(index, GROUP_CHAT);
    expect(d.status).toBe('blocked');
    expect(d.lastEvidence).toBe('2021-11-29');
    expect(d.stale).toBeUndefined();
    // The re-observation names the group-chat change only: the private-chat block is not confirmed by it.
    const privateChat = decide(index, { ...GROUP_CHAT, surface: 'private-chat', at: '2020-01-01' });
    expect(privateChat.status).toBe('blocked');
    expect(privateChat.lastEvidence).toBe('2013-12-31');
    expect(privateChat.stale).toBe(true);
    // Without the re-observation the same answer rests on the 2013 event alone.
    const unobserved: Ledger = {
      ...ledger,
      events: ledger.events.map((e) => ({
        ...e,
        sources: e.sources.map(({ observes: _, ...c }) => c),
      })),
    };
    const bare = decide(foldLedger(unobserved), GROUP_CHAT);
    expect(bare.lastEvidence).toBe('2013-12-31');
    expect(bare.stale).toBe(true);
  });
});
