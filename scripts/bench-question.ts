import type { Question } from '@hutong/domain';

/** The one question the HTTP runs ask: a recorded crossing of the seed ledger. */
export const BENCH_QUESTION = {
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2021-12-01',
} satisfies Question;
