import type { Surface } from '@hutong/domain';
import { z } from 'zod';

/**
 * A question schema whose `surface` may be left out and then means every surface (`*`): the one
 * default the CLI, the terminal UI and the web app use, so REST's `/api/decide` answers the same.
 */
export const everySurfaceByDefault = <T extends z.ZodType<{ surface: Surface }>>(schema: T) =>
  z.preprocess(
    (q: Omit<z.input<T>, 'surface'> & { surface?: Surface }) =>
      q !== null && typeof q === 'object' && q.surface === undefined ? { ...q, surface: '*' } : q,
    schema,
  );
