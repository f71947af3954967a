import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState } from './app-state';

describe('appReducer', () => {
  it('switches screens by number and in a ring with Tab and Shift-Tab', () => {
    const s = initialAppState();
    expect(appReducer(s, 'screen.3').screen).toBe(2);
    expect(appReducer(s, 'screen.next').screen).toBe(1);
    expect(appReducer(s, 'screen.prev').screen).toBe(5);
    expect(appReducer({ ...s, screen: 5 }, 'screen.next').screen).toBe(0);
  });

  it('toggles the keys and closes them on a screen switch', () => {
    const open = appReducer(initialAppState(), 'help');
    expect(open.help).toBe(true);
    expect(appReducer(open, 'help').help).toBe(false);
    expect(appReducer(open, 'screen.2')).toEqual({ screen: 1, help: false });
  });
});
