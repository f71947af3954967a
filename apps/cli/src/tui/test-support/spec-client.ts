import { createHutongClient, localLink } from '@hutong/client';
import type { Ledger } from '@hutong/domain';
import { rule, specLedger } from '@hutong/domain/testing';
import { appRouter, createContextInner, fixedLedger } from '@hutong/router';

/** The typed client over a ledger in memory, as `hutong` embedded has it, minus the store. */
export function clientOver(ledger: Ledger) {
  const view = fixedLedger(ledger);
  return createHutongClient([
    localLink({ router: appRouter, createContext: async () => createContextInner({ ledger: view }) }),
  ]);
}

/** WeChat walls Alibaba off in 2013, opens private chats to Taobao on 2021-11-29. */
export const wallsLedger = () =>
  specLedger([
    { id: 'wechat-blocks-alibaba', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    {
      id: 'wechat-opens-taobao',
      date: '2021-11-29',
      changes: [rule('wechat', 'private-chat', 'taobao', 'open')],
    },
  ]);
