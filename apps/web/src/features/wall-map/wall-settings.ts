import type { WallColumns } from '@hutong/domain';
import { Capability, IsoDate, Surface } from '@hutong/domain';

export interface WallSettings {
  capability: Capability;
  surface: Surface;
  axis: WallColumns;
  /** Hide rows and columns with nothing recorded (the default), or show every one. */
  empty: 'hide' | 'show';
  at: string | null;
}

/** The wall map's controls as they live in the query string; bad values fall back to defaults. */
export function wallSettingsFromSearch(params: URLSearchParams): WallSettings {
  const capability = Capability.safeParse(params.get('capability'));
  const surface = Surface.safeParse(params.get('surface'));
  const at = IsoDate.safeParse(params.get('at'));
  return {
    capability: capability.success ? capability.data : 'link.open',
    surface: surface.success ? surface.data : 'private-chat',
    axis: params.get('axis') === 'companies' ? 'companies' : 'platforms',
    empty: params.get('empty') === 'show' ? 'show' : 'hide',
    at: at.success ? at.data : null,
  };
}

export function searchFromWallSettings(s: WallSettings): URLSearchParams {
  const out = new URLSearchParams({ capability: s.capability, surface: s.surface, axis: s.axis });
  if (s.empty === 'show') out.set('empty', 'show');
  if (s.at) out.set('at', s.at);
  return out;
}
