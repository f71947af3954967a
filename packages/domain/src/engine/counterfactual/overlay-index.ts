import type { Event, LedgerOverlay } from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { refoldEvents } from '../fold/refold';
import { type Overlaid, overlayLedger } from './overlay';

/**
 * A counterfactual index: `overlay` applied to `index` by an incremental fold of only the events it
 * leaves out or adds, so a what-if or why-not recomputes just the keys those events touch (the rest
 * of the memo is read from `index`'s). It answers exactly as `foldLedger` of the overlaid ledger
 * (overlay-index.test.ts): an added event, even one replacing an event left out under the same id,
 * takes its place after every other, as it does at the end of the overlaid ledger's list.
 */
export function overlayIndex(
  index: LedgerIndex,
  overlay: LedgerOverlay,
): { index: LedgerIndex; overlaid: Overlaid } {
  const overlaid = overlayLedger(index.ledger, overlay, {
    event: index.events,
    actor: index.actors,
    source: index.sources,
    regulation: { has: (id) => index.ledger.regulations.some((r) => r.id === id) },
  });
  const touched = new Map<string, Event | null>();
  for (const id of overlay.without) touched.set(id, null);
  for (const e of overlay.with) {
    // Last in the map, so it takes a new place after the events before it, in `with` order.
    touched.delete(e.id);
    touched.set(e.id, e);
  }
  const moved = new Set(overlay.with.map((e) => e.id));
  return { index: refoldEvents(index, overlaid.ledger, touched, moved), overlaid };
}
