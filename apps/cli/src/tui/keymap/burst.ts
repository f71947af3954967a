import type { Press } from './key-name';

const CONTROLS: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x15': 'ctrl+u',
  '\x17': 'ctrl+w',
};

/**
 * Keys typed faster than the terminal is read arrive as one string ("wechat\rgroup-chat\r"): split it
 * into the text runs and the keys between them, in order, so none is lost or misread. Null when the
 * string holds an escape sequence (arrows and the like are read whole) or no control key at all.
 */
export function splitBurst(input: string): Press[] | null {
  if (input.length < 2 || input.includes('\x1b')) return null;
  const out: Press[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ name: text.length === 1 ? text : '', text });
    text = '';
  };
  for (const ch of input) {
    const name = CONTROLS[ch];
    if (name) {
      flush();
      out.push({ name, text: null });
    } else if (ch.charCodeAt(0) < 32) return null;
    else text += ch;
  }
  flush();
  return out.some((p) => p.text === null) ? out : null;
}
