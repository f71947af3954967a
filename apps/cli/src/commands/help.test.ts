import { TokenRole } from '@hutong/store/tokens';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../spec/command-specs';
import { VOCABULARIES } from '../spec/vocabulary';
import { hutongOn } from '../test-support/hutong-binary';

// Help never opens the store: any directory will do.
const hutong = hutongOn('/nonexistent/hutong-help');

describe('hutong --help', () => {
  it('lists every command', () => {
    const r = hutong('--help');
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^ {2}${c.name} +\\S`, 'm'));
  });

  it.each(COMMANDS.map((c) => c.name))(
    'hutong %s --help (and hutong help COMMAND): usage and every flag',
    (name) => {
      const spec = COMMANDS.find((c) => c.name === name)!;
      const r = hutong(name, '--help');
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain(`Usage:\n  hutong ${name} `);
      for (const flag of Object.keys(spec.flags))
        expect(r.stdout).toMatch(new RegExp(`^ {2}--${flag}\\b`, 'm'));
      if (name !== 'help') expect(hutong('help', name).stdout).toBe(r.stdout);
    },
  );

  it('names the token roles the store accepts', () => {
    expect(VOCABULARIES.role).toEqual(TokenRole.options);
  });
});
