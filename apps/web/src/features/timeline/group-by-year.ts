/** Items in date order grouped by calendar year, years ascending. */
export function groupByYear<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
): { year: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = dateOf(item).slice(0, 4);
    const list = groups.get(year) ?? [];
    list.push(item);
    groups.set(year, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, list]) => ({ year, items: list }));
}
