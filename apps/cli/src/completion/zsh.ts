// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell code, where ${…} is the shell's own
import { type CompletionModel, quote } from './completion-model';

/** A zsh completion function (`eval "$(hutong completion zsh)"` after compinit, or saved as `_hutong` on fpath). */
export function zshCompletion(m: CompletionModel): string {
  const commands = m.commands.map((c) => `    ${quote(`${c.name}:${c.summary.replace(/:/g, '\\:')}`)}`);
  const valueCases = [...m.valueFlags].map(
    ([flag, values]) => `    --${flag}) compadd -- ${values.map(quote).join(' ')}; return ;;`,
  );
  const fileCase = m.fileFlags.size
    ? [`    ${[...m.fileFlags].map((f) => `--${f}`).join('|')}) _files; return ;;`]
    : [];
  const commandCases = m.commands.map(
    (c) =>
      `    ${c.name}) compadd -- ${[...c.words, ...c.flags.map(([f]) => `--${f}`), '--help'].join(' ')} ;;`,
  );
  return [
    '#compdef hutong',
    '# hutong completion for zsh: eval "$(hutong completion zsh)" in ~/.zshrc (after compinit)',
    '_hutong() {',
    '  local cmd i',
    '  local -a commands',
    '  commands=(',
    ...commands,
    '  )',
    '  for ((i = 2; i < CURRENT; i++)); do',
    '    case ${words[i]} in',
    '      --api) ((i++)) ;;',
    '      -*) ;;',
    '      *) cmd=${words[i]}; break ;;',
    '    esac',
    '  done',
    '  case ${words[CURRENT-1]} in',
    '    --api) _urls; return ;;',
    ...valueCases,
    ...fileCase,
    '  esac',
    '  if [[ -z $cmd ]]; then',
    "    _describe 'command' commands",
    '    compadd -- --api --help',
    '    return',
    '  fi',
    '  case $cmd in',
    ...commandCases,
    '  esac',
    '}',
    'if (( $+functions[compdef] )); then compdef _hutong hutong; fi',
    '',
  ].join('\n');
}
