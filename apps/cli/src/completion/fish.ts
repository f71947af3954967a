import { type CompletionModel, quote } from './completion-model';

/** fish completions (`hutong completion fish > ~/.config/fish/completions/hutong.fish`). */
export function fishCompletion(m: CompletionModel): string {
  const lines = [
    '# hutong completion for fish: hutong completion fish > ~/.config/fish/completions/hutong.fish',
    'complete -c hutong -f',
    `complete -c hutong -l api -x -d ${quote('use a running hutong server')}`,
  ];
  const all = m.commands.map((c) => c.name).join(' ');
  for (const c of m.commands) {
    lines.push(
      `complete -c hutong -n ${quote(`not __fish_seen_subcommand_from ${all}`)} -a ${c.name} -d ${quote(c.summary)}`,
    );
    const when = `-n ${quote(`__fish_seen_subcommand_from ${c.name}`)}`;
    for (const w of c.words) lines.push(`complete -c hutong ${when} -a ${w}`);
    for (const [name, f] of c.flags) {
      const values = m.valueFlags.get(name);
      const takes =
        f.type === 'boolean'
          ? ''
          : values
            ? ` -x -a ${quote(values.join(' '))}`
            : m.fileFlags.has(name)
              ? ' -r -F'
              : ' -x';
      lines.push(`complete -c hutong ${when} -l ${name}${takes} -d ${quote(f.help)}`);
    }
    lines.push(`complete -c hutong ${when} -l help -d ${quote('this command’s flags')}`);
  }
  return `${lines.join('\n')}\n`;
}
