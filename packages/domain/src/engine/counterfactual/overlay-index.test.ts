import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Event } from '../../schema';
import { answerSheet } from '../../testing/answer-sheet';
import { specEvent, specLedger } from '../../testing/ledger-fixture';
import { specCapabilities, specEventArb, specSurfaces } from '../../testing/spec-arbitrary';
import { foldLedger } from '../fold/fold';
import { overlayLedger } from './overlay';
import { overlayIndex } from './overlay-index';

const over = { surfaces: specSurfaces.slice(0, 3), capabilities: specCapabilities.slice(0, 2) };

// Two days only, so same-day ties (decided by each event's place in the ledger) come up often: an
// added event's place after every other is then part of what the answers show.
const event = fc
  .tuple(specEventArb, fc.constantFrom('2019-05-01', '2020-05-01'))
  .map(([{ notAfter: _, notBefore: __, ...e }, date]) => ({ ...e, date, precision: 'day' as const }));

describe('overlayIndex', () => {
  it('answers as a full fold of the overlaid ledger: events left out, added, and replaced under their id', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.array(event, { maxLength: 3 }),
        fc.array(fc.record({ pick: fc.nat(), e: event }), { maxLength: 2 }),
        (start, drop, add, replace) => {
          const base = foldLedger(specLedger(start));
          // Warm the base's memo, so the counterfactual reads what it may keep from it.
          answerSheet(base, over);
          const ids = base.ledger.events.map((e) => e.id);
          const replaced = replace.map(({ pick, e }) =>
            Event.parse(specEvent({ ...e, id: ids[pick % ids.length]! })),
          );
          const overlay = {
            without: [...new Set([...drop.map((n) => ids[n % ids.length]!), ...replaced.map((e) => e.id)])],
            with: [
              ...add.map((e, i) => Event.parse(specEvent({ ...e, id: `added-${i}` }))),
              ...replaced.filter((e, i) => replaced.findIndex((r) => r.id === e.id) === i),
            ],
          };
          const fast = overlayIndex(base, overlay).index;
          const full = foldLedger(overlayLedger(base.ledger, overlay).ledger);
          expect(answerSheet(fast, over)).toEqual(answerSheet(full, over));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
