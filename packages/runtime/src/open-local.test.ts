import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wechatTaobao } from '@hutong/domain/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openLocal, serverFor } from './open-local';
import { writeServerFile } from './server-file';

const dataDir = mkdtempSync(join(tmpdir(), 'hutong-open-local-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('serverFor', () => {
  it('takes the server named, else one running on the data directory, else none', async () => {
    expect(await serverFor({ dataDir, api: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
    expect(await serverFor({ dataDir })).toBeNull();
    const remove = writeServerFile(dataDir, 'http://127.0.0.1:7');
    try {
      expect(await serverFor({ dataDir })).toBe('http://127.0.0.1:7');
      // On PostgreSQL the directory's lock does not matter: the store is opened here as well.
      expect(await serverFor({ dataDir, databaseUrl: 'postgres://x' })).toBeNull();
    } finally {
      remove();
    }
  });
});

const question = { ...wechatTaobao, at: '2022-01-01' };

describe('openLocal', () => {
  it('answers from a server without opening anything here', async () => {
    const local = await openLocal({ dataDir, api: 'http://127.0.0.1:9' });
    expect(local).toMatchObject({ remote: true, url: 'http://127.0.0.1:9', where: 'http://127.0.0.1:9' });
    await local.close();
  });

  it('opens the embedded store, then answers a read from its snapshot without starting PGlite', async () => {
    let first: unknown;
    const opened = await openLocal({ dataDir });
    try {
      expect(opened.remote).toBe(false);
      if (opened.remote) return;
      expect(opened.where).toBe('embedded pglite');
      expect(opened.runtime?.store.kind).toBe('pglite');
      first = await opened.client.decisions.decide.query(question);
    } finally {
      await opened.close();
    }
    const read = await openLocal({ dataDir }, { reads: true });
    expect(read.remote).toBe(false);
    if (read.remote) return;
    expect(read.runtime).toBeNull();
    expect(read.where).toMatch(/^embedded pglite \(revision \d+\)$/);
    // 001: WeChat private chats open Taobao links directly from 2021-11-29.
    expect(first).toMatchObject({ status: 'open' });
    expect(await read.client.decisions.decide.query(question)).toEqual(first);
    await read.close();
  }, 60_000);
});
