import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Surface } from '@hutong/domain';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { COMMANDS } from '../spec/command-specs';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
const script = (shell: string) => {
  const r = hutong('completion', shell);
  expect(r.code).toBe(0);
  const file = join(store.dir, `hutong.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
};

/** What bash completes for the words typed so far (the last one being completed). */
function bashCompletes(file: string, ...words: string[]): string[] {
  const r = spawnSync('bash', [
    '-c',
    `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _hutong; printf '%s\\n' "\${COMPREPLY[@]}"`,
  ]);
  return String(r.stdout).split('\n').filter(Boolean);
}

describe('hutong completion', () => {
  it('bash: completes commands, each command’s flags and subcommands, and vocabulary values', () => {
    const file = script('bash');
    expect(bashCompletes(file, 'hutong', '')).toEqual(expect.arrayContaining(COMMANDS.map((c) => c.name)));
    expect(bashCompletes(file, 'hutong', 'dec')).toEqual(['decide']);
    expect(bashCompletes(file, 'hutong', '--api', 'http://x', 'decide', '--ca')).toEqual(['--capability']);
    expect(bashCompletes(file, 'hutong', 'decide', '--surface', '')).toEqual([...Surface.options]);
    expect(bashCompletes(file, 'hutong', 'token', '')).toEqual(
      expect.arrayContaining(['create', 'list', 'revoke']),
    );
    expect(bashCompletes(file, 'hutong', 'import', 'f.csv', '--format', 'n')).toEqual(['ndjson']);
  });

  it.skipIf(!has('zsh'))('zsh: the script parses and registers _hutong for hutong', () => {
    const file = script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const r = spawnSync(
      'zsh',
      ['-c', `autoload -U compinit; compinit -u; source ${JSON.stringify(file)}; print $_comps[hutong]`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout.trim()).toBe('_hutong');
  });

  it.skipIf(!has('fish'))('fish: completes commands and vocabulary values', () => {
    const file = script('fish');
    const complete = (line: string) =>
      spawnSync('fish', ['-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], {
        encoding: 'utf8',
      })
        .stdout.split('\n')
        .map((l) => l.split('\t')[0]);
    expect(complete('hutong dec')).toContain('decide');
    expect(complete('hutong decide --surface gr')).toContain('group-chat');
  });

  it('exits 2 for a shell it does not know', () => {
    expect(hutong('completion', 'tcsh')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/bash, zsh or fish/),
    });
  });
});
