/**
 * A crossing's one string id, `host|surface|capability|target`: map keys, React keys and set members
 * all use it (a test bans joining the four fields by hand elsewhere). Ids never contain `|`.
 */
export function crossingId(k: {
  readonly host: string;
  readonly surface: string;
  readonly capability: string;
  readonly target: string;
}): string {
  return `${k.host}|${k.surface}|${k.capability}|${k.target}`;
}

/** The crossing a `crossingId` names. */
export function crossingOfId(id: string): {
  host: string;
  surface: string;
  capability: string;
  target: string;
} {
  const [host = '', surface = '', capability = '', target = ''] = id.split('|');
  return { host, surface, capability, target };
}

/** How a crossing is named to a reader: `wechat · * · link.open · taobao` (or joined by `sep`). */
export function crossingLabel(
  k: {
    readonly host: string;
    readonly surface: string;
    readonly capability: string;
    readonly target: string;
  },
  sep = ' · ',
): string {
  return [k.host, k.surface, k.capability, k.target].join(sep);
}
