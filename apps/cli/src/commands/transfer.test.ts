import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';

const store = copySeeded(inject('seededDataDir'));
const dataDir = store.dir;
const hutong = hutongOn(dataDir);
const path = (name: string) => join(dataDir, name);
const jd = { id: 'jd-health', kind: 'platform', name: { zh: '京东健康', en: 'JD Health' }, owner: 'jd' };

afterAll(store.remove);

describe('hutong export and import', () => {
  it('round-trips: export, import the file back (nothing changes), export the same bytes', () => {
    // Byte-identical re-export is checked for every format in @hutong/store; here the binary's part.
    for (const format of ['ndjson', 'json', 'csv']) {
      expect(hutong('export', '--format', format, '--out', path(`ledger.${format}`)).code).toBe(0);
      const r = hutong('import', path(`ledger.${format}`), '--json');
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toMatchObject({ format, recorded: 0, amended: 0, dryRun: false });
    }
    expect(hutong('export', '--format', 'ndjson').stdout).toBe(readFileSync(path('ledger.ndjson'), 'utf8'));
  });

  it('stores nothing on --dry-run, then records the new entity on the real run', () => {
    writeFileSync(path('new.ndjson'), `${JSON.stringify({ entity: 'actor', body: jd })}\n`);
    expect(hutong('import', path('new.ndjson'), '--dry-run').stdout).toMatch(/would record 1, amend 0/);
    expect(hutong('export', '--format', 'ndjson').stdout).not.toContain('jd-health');
    const r = hutong('import', path('new.ndjson'), '--author', 'ana', '--reason', 'JD Health joins');
    expect(r.stdout).toMatch(/recorded 1, amended 0, 0 unchanged/);
    expect(hutong('export', '--format', 'ndjson').stdout).toContain('"id":"jd-health"');
  });

  it('refuses text the store cannot hold (NUL, a lone surrogate) in one line naming the field, storing nothing', () => {
    const file = path('unstorable.ndjson');
    for (const text of ['a\u0000b', 'a\ud800b']) {
      const rows = [
        { entity: 'actor', body: { ...jd, id: 'jd-fine' } },
        { entity: 'actor', body: { ...jd, id: 'jd-odd', name: { zh: '京东', en: text } } },
      ];
      writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
      const r = hutong('import', file);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'hutong: rows.1.body.name.en: text may not hold the NUL character or a lone UTF-16 surrogate (the row from line 2)\n',
      );
      expect(hutong('export', '--format', 'ndjson').stdout).not.toContain('jd-fine');
    }
  });

  it('exits 2 listing every bad row as FILE:LINE: field: message, storing nothing', () => {
    const file = path('bad.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({ entity: 'actor', body: { ...jd, id: 'jd-cars' } }),
        JSON.stringify({ entity: 'actor', body: { ...jd, id: 'jd-bikes', kind: 'moon' } }),
        JSON.stringify({ entity: 'actor', body: { ...jd, id: 'jd-boats', owner: 'jdd' } }),
        '{"entity": "actor", "body": ',
      ].join('\n'),
    );
    const r = hutong('import', file);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${file}:2: body.kind: `));
    expect(lines[1]).toMatch(new RegExp(`^${file}:4: not valid JSON`));
    expect(lines.at(-1)).toBe(`hutong: 2 problems in ${file}; nothing stored`);
    // Reference problems come from the second pass, once every row parses.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').split('\n').slice(0, 3).join('\n').replace('"moon"', '"platform"'),
    );
    const refs = hutong('import', file);
    expect(refs.code).toBe(2);
    expect(refs.stderr).toMatch(new RegExp(`^${file}:3: body.owner: unknown actor "jdd"; closest known: jd`));
    expect(hutong('export', '--format', 'ndjson').stdout).not.toContain('jd-cars');
  });

  it('goes to the server that holds the embedded store (exit 1 when it is unreachable), and 2 on an unknown format', () => {
    writeFileSync(path('server.json'), JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:1' }));
    try {
      const r = hutong('export', '--format', 'json');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^hutong: the server failed: /);
    } finally {
      rmSync(path('server.json'));
    }
    expect(hutong('import', path('ledger.txt')).stderr).toMatch(/cannot tell the format .*--format/);
  });
});
