import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedger } from '@hutong/data';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { hutongOn } from './test-support/hutong-binary';
import { flagsOf } from './test-support/question-flags';

// Issue 26, item 5: the very first `decide` creates the store (seconds of seeding) and says so. The
// repo's built binary on a directory that does not exist yet, as a newcomer's first command finds it.
const parent = mkdtempSync(join(tmpdir(), 'hutong-first-decide-'));
const dir = join(parent, 'data');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the first hutong decide', () => {
  it('says on stderr that it is creating the ledger, then how many events the ledger holds, then answers', () => {
    const first = hutongOn(dir)('decide', ...flagsOf(wechatTaobaoQuestion));
    expect(first.code).toBe(0);
    const events = loadLedger().events.length;
    expect(first.stderr).toBe(
      `hutong: creating the ledger in ${dir} (first run)…\nhutong: … ${events} events\n`,
    );
    expect(first.stdout).toMatch(/\bOPEN\b/);
    // Only the first run: the store exists now.
    const second = hutongOn(dir)('decide', ...flagsOf(wechatTaobaoQuestion));
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });
});
