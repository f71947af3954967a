import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerDir, ledgerFingerprint } from './fingerprint';

const copy = mkdtempSync(join(tmpdir(), 'hutong-fingerprint-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('ledgerFingerprint', () => {
  it('is the same for a copy of the ledger and changes when one event file changes', () => {
    cpSync(ledgerDir, copy, { recursive: true });
    expect(ledgerFingerprint(copy)).toBe(ledgerFingerprint());
    writeFileSync(join(copy, 'events', '2099-01-01-new.yaml'), 'id: 2099-01-01-new\n');
    expect(ledgerFingerprint(copy)).not.toBe(ledgerFingerprint());
  });
});
