import type { Localized } from './schema/id';

/**
 * How every interface (CLI, terminal UI, web) says that a breach has no recorded end yet — one
 * wording, so a reader moving between them never wonders whether "still open" and "still standing"
 * mean different things.
 */
export const ongoingBreach = { en: 'still in breach', zh: '仍在违规' } as const satisfies Localized;
