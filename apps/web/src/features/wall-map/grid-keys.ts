/** Where a key press moves the focus in a rows × cols grid (roving tabindex); null for other keys. */
export function moveInGrid(
  key: string,
  index: number,
  rows: number,
  cols: number,
  ctrl = false,
): number | null {
  const r = Math.floor(index / cols);
  const c = index % cols;
  const at = (row: number, col: number) =>
    Math.max(0, Math.min(rows - 1, row)) * cols + Math.max(0, Math.min(cols - 1, col));
  switch (key) {
    case 'ArrowRight':
      return at(r, c + 1);
    case 'ArrowLeft':
      return at(r, c - 1);
    case 'ArrowDown':
      return at(r + 1, c);
    case 'ArrowUp':
      return at(r - 1, c);
    case 'Home':
      return ctrl ? 0 : at(r, 0);
    case 'End':
      return ctrl ? rows * cols - 1 : at(r, cols - 1);
    case 'PageDown':
      return at(r + 5, c);
    case 'PageUp':
      return at(r - 5, c);
    default:
      return null;
  }
}
