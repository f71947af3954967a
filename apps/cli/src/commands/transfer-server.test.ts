import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cliEnv, copySeeded, HUTONG_BIN, hutongOn, serveOn } from '../test-support/hutong-binary';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
const path = (name: string) => join(store.dir, name);
const actor = (id: string) => ({
  entity: 'actor',
  body: { id, kind: 'platform', name: { zh: id, en: id }, owner: 'jd' },
});
let token = '';
let server: Awaited<ReturnType<typeof serveOn>>;

beforeAll(async () => {
  // Tokens are made on the store itself, before the server takes it.
  token = hutong('token', 'create', '--role', 'editor', '--name', 'importer').stdout.trim();
  server = await serveOn(store.dir);
});
afterAll(async () => {
  await server?.stop();
  store.remove();
});

describe('export and import while a server holds the embedded store', () => {
  it('exports through the server the bytes the store holds', () => {
    const r = hutong('export', '--format', 'ndjson');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"id":"wechat"');
    expect(hutongOn(store.dir)('--api', server.url, 'export', '--format', 'ndjson').stdout).toBe(r.stdout);
  });

  it('imports through the server’s API with an editor token, and refuses without one', () => {
    writeFileSync(path('one.ndjson'), `${JSON.stringify(actor('jd-cars'))}\n`);
    const refused = hutong('import', path('one.ndjson'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds the ledger: importing through it needs an editor token/);

    const r = hutong('import', path('one.ndjson'), '--token', token, '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ recorded: 1, amended: 0, dryRun: false });
    // The server's reads include it at once, and the CLI asks that server.
    expect(hutong('actors').stdout).toMatch(/^jd-cars /m);
  });

  it('reports reference problems from the server as FILE:LINE, storing nothing', () => {
    writeFileSync(
      path('bad.ndjson'),
      `${JSON.stringify({ ...actor('jd-boats'), body: { ...actor('jd-boats').body, owner: 'jdd' } })}\n`,
    );
    const r = hutongOn(store.dir, { HUTONG_TOKEN: token })('import', path('bad.ndjson'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.ndjson:1: body\.owner: unknown actor "jdd"/);
  });

  it('shows a progress bar for a long import on a terminal, and nothing when piped or under --json', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => JSON.stringify(actor(`bulk-${i}`)));
    writeFileSync(path('bulk.ndjson'), `${rows.join('\n')}\n`);
    const command = (extra: string) =>
      `${JSON.stringify(process.execPath)} ${JSON.stringify(HUTONG_BIN)} import ${JSON.stringify(path('bulk.ndjson'))} ${extra}`;
    // `script` gives the CLI a terminal (a pty); everything it writes there comes back on stdout.
    const onTerminal = spawnSync('script', ['-qefc', command('--dry-run'), '/dev/null'], {
      env: cliEnv(store.dir, { HUTONG_TOKEN: token }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/validating .*bulk\.ndjson \[#{24}\] 100% {2}1,500\/1,500/);
    expect(onTerminal.stdout).toMatch(/storing 1,500 entities through http/);
    expect(onTerminal.stdout).toMatch(/would record 1500, amend 0/);

    const asJson = spawnSync('script', ['-qefc', command('--dry-run --json'), '/dev/null'], {
      env: cliEnv(store.dir, { HUTONG_TOKEN: token }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(asJson.stdout).not.toMatch(/validating|storing|\[#/);
    const piped = hutongOn(store.dir, { HUTONG_TOKEN: token })('import', path('bulk.ndjson'), '--dry-run');
    expect(piped.stderr).toBe('');
  });
});
