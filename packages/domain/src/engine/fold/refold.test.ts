import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Event, type Ledger } from '../../schema';
import { answerSheet } from '../../testing/answer-sheet';
import { type SpecEvent, specEvent, specLedger } from '../../testing/ledger-fixture';
import { specCapabilities, specEventArb, specSurfaces } from '../../testing/spec-arbitrary';
import { type AppliedRevision, applyRevisions } from './apply-revisions';
import { foldLedger, type LedgerIndex } from './fold';

const surfaces = specSurfaces.slice(0, 3);
const capabilities = specCapabilities.slice(0, 2);

// Three years only, so same-day ties between events (decided by ledger order) come up often.
const event: fc.Arbitrary<SpecEvent> = fc
  .tuple(specEventArb, fc.integer({ min: 2019, max: 2021 }), fc.option(fc.integer({ min: 2014, max: 2022 })))
  .map(([e, y, since]) => {
    // Moved by whole years; 29 February lands on the 28th in a common year.
    const shift = (d: string | undefined) => {
      if (!d) return d;
      const year = Number(d.slice(0, 4)) - Number(e.date.slice(0, 4)) + y;
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      return `${year}${d.slice(4) === '-02-29' && !leap ? '-02-28' : d.slice(4)}`;
    };
    return {
      ...e,
      date: shift(e.date)!,
      ...(e.notAfter ? { notAfter: shift(e.notAfter) } : {}),
      // Crossings the answers below look at; now and then a standing fact states its own start.
      changes: e.changes.map((c, n) => ({
        ...c,
        surface: surfaces[(specSurfaces as readonly string[]).indexOf(c.surface ?? '*') % surfaces.length]!,
        capability: capabilities[n % capabilities.length]!,
        ...(c.standing && since ? { standingSince: `${since}-06-01` } : {}),
      })),
    };
  });

type Op =
  | { kind: 'record'; e: SpecEvent }
  | { kind: 'amend'; pick: number; e: SpecEvent }
  | { kind: 'retract'; pick: number }
  | { kind: 'source'; title: string }
  | { kind: 'actor'; owner: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: event.map((e) => ({ kind: 'record' as const, e })) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('amend' as const), pick: fc.nat(), e: event }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retract' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('source' as const),
      title: fc.string({ minLength: 1, maxLength: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('actor' as const), owner: fc.boolean() }) },
);

const base = { author: 'spec', reason: 'spec' };
let serial = 0;

/** The revision an op stands for, on the ledger as it is. */
function revisionOf(ledger: Ledger, o: Op): AppliedRevision | null {
  const live = ledger.events;
  switch (o.kind) {
    case 'record': {
      const body = Event.parse(specEvent({ ...o.e, id: `r-${++serial}` }));
      return { entity: 'event', id: body.id, action: 'record', body, baseRevision: null, ...base };
    }
    case 'amend': {
      const id = live[o.pick % Math.max(live.length, 1)]?.id;
      if (!id) return null;
      const body = Event.parse(specEvent({ ...o.e, id }));
      return { entity: 'event', id, action: 'amend', body, baseRevision: 1 };
    }
    case 'retract': {
      const id = live[o.pick % Math.max(live.length, 1)]?.id;
      return id ? { entity: 'event', id, action: 'retract', body: null, baseRevision: 1 } : null;
    }
    case 'source': {
      const body = { ...ledger.sources[0]!, title: o.title };
      return { entity: 'source', id: body.id, action: 'amend', body, baseRevision: 1 };
    }
    case 'actor': {
      // Tmall moves between Alibaba and independence: its crossings' lineage changes.
      const tmall = ledger.actors.find((a) => a.id === 'tmall')!;
      const { owner: _, ...rest } = tmall;
      const body = o.owner ? { ...rest, owner: 'alibaba' } : rest;
      return { entity: 'actor', id: 'tmall', action: 'amend', body, baseRevision: 1 };
    }
  }
}

const answers = (index: LedgerIndex) => answerSheet(index, { surfaces, capabilities });

describe('incremental fold', () => {
  it('answers exactly as a fresh fold over random records, amendments and retractions', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 12 }),
        fc.array(op, { minLength: 1, maxLength: 12 }),
        (start, ops) => {
          let index = foldLedger(specLedger(start));
          for (const o of ops) {
            const rev = revisionOf(index.ledger, o);
            if (!rev) continue;
            const next = applyRevisions(index, [rev]);
            expect(next).not.toBeNull();
            index = next!;
            expect(answers(index)).toEqual(answers(foldLedger(index.ledger)));
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('applies a batch of revisions at once as it applies them one by one', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 8 }),
        fc.array(op, { minLength: 2, maxLength: 8 }),
        (start, ops) => {
          const first = foldLedger(specLedger(start));
          let ledger = first.ledger;
          const revs: AppliedRevision[] = [];
          for (const o of ops) {
            const rev = revisionOf(ledger, o);
            if (!rev) continue;
            revs.push(rev);
            ledger = applyRevisions(foldLedger(ledger), [rev])!.ledger;
          }
          const batched = applyRevisions(first, revs)!;
          expect(batched.ledger).toEqual(ledger);
          expect(answers(batched)).toEqual(answers(foldLedger(ledger)));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('leaves the index it started from as it was', () => {
    const prev = foldLedger(
      specLedger([
        {
          date: '2020-01-01',
          changes: [
            { host: 'wechat', surface: '*', capability: 'link.open', target: 'taobao', status: 'blocked' },
          ],
        },
      ]),
    );
    const before = answers(prev);
    const body = Event.parse(
      specEvent({
        date: '2019-01-01',
        changes: [
          {
            host: 'wechat',
            surface: '*',
            capability: 'link.open',
            target: '*',
            status: 'open',
            standing: true,
          },
        ],
      }),
    );
    const next = applyRevisions(prev, [
      { entity: 'event', id: body.id, action: 'record', body, baseRevision: null },
    ])!;
    expect(answers(next)).not.toEqual(before);
    expect(answers(prev)).toEqual(before);
  });

  it('asks for the store when a retracted entity is recorded again (its place is the store’s to say)', () => {
    const prev = foldLedger(specLedger([]));
    const body = Event.parse(specEvent({ id: 'again', date: '2020-01-01', changes: [] }));
    expect(
      applyRevisions(prev, [{ entity: 'event', id: 'again', action: 'record', body, baseRevision: 3 }]),
    ).toBeNull();
  });
});
