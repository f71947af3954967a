import type { Ledger } from '@hutong/domain';
import { linkRegulation, rule, specLedger } from '@hutong/domain/testing';

/**
 * The spec ledger, with titles, a rumor, a disputed event and MIIT's link rule, so views have something
 * real to show.
 */
export function testLedger(): Ledger {
  const ledger = specLedger(
    [
      {
        id: 'walls-go-up',
        date: '2013-11-01',
        precision: 'month',
        changes: [rule('wechat', '*', 'alibaba', 'blocked')],
      },
      {
        id: 'private-chats-open',
        date: '2021-11-29',
        changes: [rule('wechat', 'private-chat', 'taobao', 'open')],
      },
      {
        id: 'rumored-group-chats',
        date: '2022-03-01',
        confidence: 'rumor',
        changes: [rule('wechat', 'group-chat', 'taobao', 'open')],
      },
    ],
    [linkRegulation()],
  );
  const [up, open, rumor] = ledger.events;
  Object.assign(up!, {
    kind: 'block',
    title: { zh: '微信屏蔽淘宝链接', en: 'WeChat blocks Taobao links' },
    disputed: { zh: '来源对淘口令说法不一', en: 'Sources differ on whether tokens worked' },
    actors: ['wechat', 'taobao'],
  });
  Object.assign(open!, {
    kind: 'unblock',
    title: { zh: '微信私聊可打开淘宝链接', en: 'WeChat opens Taobao links in private chats' },
    summary: { zh: '摘要', en: 'A <b>summary</b> that must stay text' },
  });
  Object.assign(rumor!, { title: { zh: '传闻：群聊开放', en: 'Rumor: group chats to open' } });
  return ledger;
}
