import { Ledger } from '@hutong/domain';
import { expect, it } from 'vitest';
import { describeStores } from './test-support/stores';

/** The curated ledger, when `@hutong/data` exports `loadLedger` (it is being written alongside). */
async function curated(): Promise<Ledger | null> {
  try {
    const data: Record<string, unknown> = await import('@hutong/data');
    return typeof data.loadLedger === 'function' ? Ledger.parse(data.loadLedger()) : null;
  } catch {
    return null;
  }
}

const seed = await curated();
if (!seed) console.warn('skipping the real-data seed spec: @hutong/data does not export loadLedger yet');

describeStores('the curated seed', (h) => {
  it.skipIf(!seed)('seeds from the real data package and reads it back unchanged', async () => {
    const store = await h.open({ seed });
    expect(await store.ledger()).toEqual(seed);
  });
});
