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

/**
 * The longest text each kind of field holds, in characters. A title or name is shown in lists and feed
 * entries; a note (summary, description, caveat, dispute) is read once. Generous for real entries (the
 * curated ledger's longest note is about 1,000), small enough that no edit can bloat every feed.
 */
export const TEXT_LIMITS = { name: 300, note: 4_000, label: 200, url: 2_000 } as const;

/** Plain text of at most `max` characters, saying the limit when it is passed. */
export const text = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);

const localized = (max: number) => z.object({ zh: text(max), en: text(max) });

/** A note in both languages: a summary, description, caveat or dispute. */
export const Localized = localized(TEXT_LIMITS.note);
/** A title or name in both languages. */
export const LocalizedName = localized(TEXT_LIMITS.name);
export type Localized = z.infer<typeof Localized>;
