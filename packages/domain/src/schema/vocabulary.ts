import { z } from 'zod';
import { CAPABILITIES, SURFACES } from './vocabulary-values';

/** Where on the host a crossing happens; `*` is every surface. */
export const Surface = z.enum(SURFACES, {
  error: (issue) =>
    issue.input === 'other'
      ? '`other` is only how views label the surfaces no rule names; ask `*` (every surface, rolled up) or name a surface'
      : undefined,
});
export type Surface = z.infer<typeof Surface>;

/**
 * A surface as views over recorded crossings show it: `other` is the slot "the surfaces no rule
 * names" of a `*` crossing whose named surfaces are listed apart, so no view prints `*` for an answer
 * that `decide` on `*` (every surface, rolled up) gives differently. A label only: never a question.
 */
export const ViewSurface = z.union([Surface, z.literal('other')]);
export type ViewSurface = z.infer<typeof ViewSurface>;

export const Capability = z.enum(CAPABILITIES);
export type Capability = z.infer<typeof Capability>;

export const Status = z.enum(['open', 'friction', 'partial', 'blocked', 'unknown']);
export type Status = z.infer<typeof Status>;

/** The statuses a rule may set; `unknown` only ever means nothing is recorded. */
export const RecordedStatus = Status.exclude(['unknown']);
export type RecordedStatus = z.infer<typeof RecordedStatus>;

/** The extra steps a `friction` crossing takes. */
export const FrictionStep = z.enum([
  'confirm',
  'qr-scan',
  'jump-out',
  'copy-link',
  'token',
  'friend-pays',
  'open-in-app',
  'other',
]);
export type FrictionStep = z.infer<typeof FrictionStep>;

/** Who a rule reaches: everyone, a grey/trial release, or only some users, products or chats. */
export const Coverage = z.enum(['all', 'trial', 'some']);
export type Coverage = z.infer<typeof Coverage>;

export const Confidence = z.enum(['confirmed', 'reported', 'rumor']);
export type Confidence = z.infer<typeof Confidence>;

export const EventKind = z.enum([
  'block',
  'unblock',
  'rollout',
  'trial',
  'withdrawal',
  'regulation',
  'penalty',
  'statement',
  'rumor',
  'deal',
  'meeting',
  'observation',
]);
export type EventKind = z.infer<typeof EventKind>;

export const ActorKind = z.enum([
  'company',
  'platform',
  'mini-program',
  'ad-platform',
  'payment',
  'regulator',
]);
export type ActorKind = z.infer<typeof ActorKind>;

export const Language = z.enum(['zh-Hans', 'zh-Hant', 'en']);
export type Language = z.infer<typeof Language>;
