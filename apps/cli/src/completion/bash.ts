// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell code, where ${…} is the shell's own
import type { CompletionModel } from './completion-model';

/** A bash completion function (`eval "$(hutong completion bash)"`). */
export function bashCompletion(m: CompletionModel): string {
  const names = m.commands.map((c) => c.name).join(' ');
  // compgen expands its word list: `*` (every surface) must stay a word, not become the files here.
  const words = (values: readonly string[]) => values.map((v) => v.replace(/\*/g, '\\*')).join(' ');
  const valueCases = [...m.valueFlags].map(
    ([flag, values]) =>
      `      --${flag}) mapfile -t COMPREPLY < <(compgen -W "${words(values)}" -- "$cur"); return ;;`,
  );
  const fileCase = m.fileFlags.size
    ? [
        `      ${[...m.fileFlags].map((f) => `--${f}`).join('|')}) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;`,
      ]
    : [];
  const commandCases = m.commands.map(
    (c) =>
      `      ${c.name}) words="${[...c.words, ...c.flags.map(([f]) => `--${f}`), '--help'].join(' ')}" ;;`,
  );
  return [
    '# hutong completion for bash: eval "$(hutong completion bash)"',
    '_hutong() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="" words="" i',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "${COMP_WORDS[i]}" in',
    '      --api) ((i++)) ;;',
    '      -*) ;;',
    '      *) cmd="${COMP_WORDS[i]}"; break ;;',
    '    esac',
    '  done',
    '  case "$prev" in',
    '      --api) return ;;',
    ...valueCases,
    ...fileCase,
    '  esac',
    '  if [[ -z "$cmd" ]]; then',
    `    mapfile -t COMPREPLY < <(compgen -W "${names} --api --help" -- "$cur")`,
    '    return',
    '  fi',
    '  case "$cmd" in',
    ...commandCases,
    '  esac',
    '  mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")',
    '}',
    'complete -o default -F _hutong hutong',
    '',
  ].join('\n');
}
