import type { CrossingQuestion, Question } from '../schema';

/** The crossing most tests ask about: a Taobao link in a WeChat private chat (open since 2021-11-29 in the curated ledger). */
export const wechatTaobao = {
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'taobao',
} as const satisfies CrossingQuestion;

/** That crossing asked on 2021-12-01, just after it opened. */
export const wechatTaobaoQuestion = { ...wechatTaobao, at: '2021-12-01' } as const satisfies Question;
