/** A string's width in terminal columns: East Asian wide characters count double, colour codes none. */
export function width(s: string): number {
  let w = 0;
  // Colour codes take no columns.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, ''))
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
