import { z } from 'zod';
import { Actor } from './actor';
import { Event } from './event';
import { Figure } from './figure';
import { Regulation } from './regulation';
import { Source } from './source';

export const Ledger = z.object({
  actors: z.array(Actor),
  sources: z.array(Source),
  events: z.array(Event),
  regulations: z.array(Regulation).default([]),
  figures: z.array(Figure).default([]),
});
export type Ledger = z.infer<typeof Ledger>;
