import type { Press } from './key-name';
import { type Binding, type Command, KEYMAP, type Scope } from './keymap';

const byKey = new Map<string, Binding[]>();
for (const b of KEYMAP) for (const k of b.keys) byKey.set(k, [...(byKey.get(k) ?? []), b]);

/**
 * The command a key press runs in these scopes, the first scope winning. While a field has
 * focus, keys that type text (q, ?, digits, …) type instead of running a command.
 */
export function commandFor(press: Press, scopes: readonly Scope[], typing = false): Command | undefined {
  if (typing && press.text !== null) return undefined;
  const bindings = byKey.get(press.name);
  if (!bindings) return undefined;
  for (const scope of scopes) {
    const hit = bindings.find((b) => b.scope === scope);
    if (hit) return hit.command as Command;
  }
  return undefined;
}
