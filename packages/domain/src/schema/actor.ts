import { z } from 'zod';
import { IsoDate, Precision } from './day';
import { Id, Localized, LocalizedName, TEXT_LIMITS, text } from './id';
import { ActorKind, Surface } from './vocabulary';

/** A web host such as `taobao.com` or `m.tb.cn`, lower case, no scheme or path. */
export const WebHost = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a bare host name such as `taobao.com`');

export const Actor = z.object({
  id: Id,
  kind: ActorKind,
  name: LocalizedName,
  aliases: z.array(text(TEXT_LIMITS.label)).max(100).default([]),
  /** The parent company (or platform, for a mini program); absent for top-level companies and regulators. */
  owner: Id.optional(),
  /** Web hosts that belong to this actor; subdomains resolve to it unless a more specific host is listed. */
  hosts: z.array(WebHost).default([]),
  description: Localized.optional(),
  /**
   * When the platform went live, where a source gives it: before then it is no part of a roll-up and
   * a question about it is `unknown` with that hint.
   */
  launched: z.object({ date: IsoDate, precision: Precision }).optional(),
  /** When it was shut down for good, where a source gives it (the first day it no longer exists). */
  closed: z.object({ date: IsoDate, precision: Precision }).optional(),
  /** The surfaces a platform has, where it lacks some (WeChat Channels has no private chat); absent: any. */
  surfaces: z.array(Surface).optional(),
});
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;
