import { z } from 'zod';

/** Canonical ids are lower-case kebab-case slugs: `wechat`, `wechat-pay`, `2021-09-17-wechat-opens-private-chat-links`. */
export const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a lower-case kebab-case id such as `wechat-pay`');
export type Id = z.infer<typeof Id>;

/** An actor id, or `*` for every actor. */
export const TargetId = z.union([z.literal('*'), Id]);
export type TargetId = z.infer<typeof TargetId>;

export const Localized = z.object({
  zh: z.string().min(1, 'must not be empty'),
  en: z.string().min(1, 'must not be empty'),
});
export type Localized = z.infer<typeof Localized>;
