/**
 * Whether JSON text nests arrays and objects deeper than `max`, found by one scan before parsing (so a
 * 9 KB body of 4,500 brackets never reaches `JSON.parse` or a schema's recursion). Brackets inside
 * strings do not count; the text need not be valid JSON — the parser reports that afterwards.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
