/** @jsxRuntime automatic @jsxImportSource react */
import { type Key, useInput } from 'ink';
import { createContext, type ReactNode, type RefObject, useCallback, useContext, useRef } from 'react';
import { splitBurst } from './burst';
import { type Press, pressOf } from './key-name';
import { type Command, KEYMAP, type Scope } from './keymap';
import { commandFor } from './resolve';

export interface KeysOptions {
  /** The scopes of the keymap in force, the first winning; global keys always apply last. */
  scopes: readonly Scope[];
  active: boolean;
  /** A field has focus: keys that type text type. */
  typing?: boolean;
  onCommand: (command: Command) => void;
  /** Any press no command took (text for a field). */
  onPress?: (press: Press) => void;
}

interface Router {
  /** The options of the screen that has the keys. */
  owner: { current: RefObject<KeysOptions> | null };
}

const GLOBAL = new Set<string>(KEYMAP.filter((b) => b.scope === 'global').map((b) => b.command));
const RouterContext = createContext<Router | null>(null);

/**
 * The one input handler: each key goes to the screen that has the keys, resolved through the keymap;
 * global commands (screens, help, quit) go to `run`. The screen claims the keys as it renders
 * active, so a key pressed right after a switch already reaches the new screen.
 */
export function KeyRouter({ run, children }: { run: (command: Command) => void; children: ReactNode }) {
  const router = useRef<Router>({ owner: { current: null } }).current;
  const handler = useCallback(
    (input: string, key: Key) => {
      const options = router.owner.current?.current;
      if (!options) return;
      const { scopes, typing = false, onCommand, onPress } = options;
      const press = pressOf(input, key);
      // Keys typed faster than they are read arrive together: outside a field each is its own key;
      // in a field the text runs type and the keys between them (Enter, Backspace) still act.
      const burst = splitBurst(input) ?? [press];
      const presses = typing
        ? burst
        : burst.flatMap((p) =>
            p.text && p.text.length > 1 ? [...p.text].map((ch) => ({ name: ch, text: ch })) : [p],
          );
      for (const p of presses) {
        const command = commandFor(p, [...scopes, 'global'], typing);
        if (command === undefined) onPress?.(p);
        else if (GLOBAL.has(command)) run(command);
        else onCommand(command);
      }
    },
    [run, router],
  );
  useInput(handler);
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** A screen's keys: while `active`, every key press comes here first. */
export function useKeys(options: KeysOptions) {
  const router = useContext(RouterContext);
  const latest = useRef(options);
  latest.current = options;
  if (options.active && router) router.owner.current = latest;
}
