import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createsEmbeddedStore } from './creates-store';
import { openStore } from './open-store';

describe('createsEmbeddedStore', () => {
  it('is true for a data directory without a store, false once opened, and false with PostgreSQL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hutong-creates-'));
    try {
      expect(createsEmbeddedStore(dataDir)).toBe(true);
      expect(createsEmbeddedStore(dataDir, 'postgres://127.0.0.1:5432/x')).toBe(false);
      await (await openStore({ dataDir })).close();
      expect(createsEmbeddedStore(dataDir)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
