import { rule, specLedger } from '@hutong/domain/testing';

/** The seed: WeChat blocks Alibaba from 2013; nothing else. */
export const seed = specLedger([
  { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
]);

/** When the seed was recorded. */
export const SEEDED_AT = new Date('2024-01-01T00:00:00Z');
