import { z } from 'zod';
import { Id, Localized } from './id';
import { ActorKind } from './vocabulary';

/** A web host such as `taobao.com` or `m.tb.cn`, lower case, no scheme or path. */
export const WebHost = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a bare host name such as `taobao.com`');

export const Actor = z.object({
  id: Id,
  kind: ActorKind,
  name: Localized,
  aliases: z.array(z.string().min(1)).default([]),
  /** The parent company (or platform, for a mini program); absent for top-level companies and regulators. */
  owner: Id.optional(),
  /** Web hosts that belong to this actor; subdomains resolve to it unless a more specific host is listed. */
  hosts: z.array(WebHost).default([]),
  description: Localized.optional(),
});
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;
