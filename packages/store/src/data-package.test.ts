import { loadLedger } from '@hutong/data';
import { expect, it } from 'vitest';
import { describeStores } from './test-support/stores';

describeStores('the curated seed', (h) => {
  it('seeds from the real data package and reads it back unchanged', async () => {
    const seed = loadLedger();
    const store = await h.open({ seed });
    expect(await store.ledger()).toEqual(seed);
  });
});
