import { type Capability, decide, foldLedger, type Status, type Surface } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

/** At, host, surface, capability, target (an actor id, `*`, or a pasted link), expected status. */
type Row = readonly [string, string, Surface, Capability, string | { url: string }, Status];

/**
 * Questions the seed articles answer, run through the engine; each row's comment names the article
 * and its claim. Articles: 000 huxiu 2021-07-15, 001 zimubang 2021-11-29, 002 lanhai 2025-09-24,
 * 003 repost 2024-09-03, 004 ranciyuan 2022-06-18.
 */
const rows: Row[] = [
  // ── WeChat and Taobao links ───────────────────────────────────────────────────────────────────
  ['2014-01-01', 'wechat', '*', 'link.open', 'taobao', 'blocked'], // 004/002: from Nov 2013 Taobao links no longer open in WeChat
  ['2016-01-01', 'wechat', 'group-chat', 'link.open', 'tmall', 'blocked'], // 004: after 2013 each camp blocked the other camp’s apps
  ['2020-06-01', 'wechat', 'private-chat', 'link.open', 'taobao', 'blocked'], // 001: eight years of walls from 2013; users copied 淘口令 tokens
  ['2021-10-15', 'wechat', 'private-chat', 'link.open', 'taobao', 'friction'], // 001: from 17 Sep 2021 private-chat links open after a second confirmation
  ['2021-10-15', 'wechat', 'private-chat', 'link.open', '*', 'friction'], // 001: the 17 Sep statement lets private chats open external links, with a confirmation
  ['2021-10-15', 'wechat', 'group-chat', 'link.open', 'taobao', 'blocked'], // 001: the 17 Sep statement left e-commerce links in group chats shut
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'taobao', 'open'], // 001: from 29 Nov 2021 private chats open links directly
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'tmall', 'open'], // 001: Tmall product links open directly in private chats (tested 29 Nov)
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'xianyu', 'open'], // 001/003: private chats open external links directly
  ['2021-12-01', 'wechat', 'group-chat', 'link.open', 'taobao', 'partial'], // 001: group chats begin a trial of direct e-commerce links on 29 Nov
  ['2021-12-15', 'wechat', 'group-chat', 'link.open', 'douyin', 'partial'], // 001: Douyin links too are in the group-chat e-commerce trial
  ['2024-10-01', 'wechat', 'moments', 'link.open', 'taobao', 'open'], // 003: clicking a link in WeChat now jumps to Taobao or Tmall
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', { url: 'https://m.tb.cn/h.5abc' }, 'open'], // 001: a pasted Taobao short link opens in a private chat
  [
    '2020-06-01',
    'wechat',
    'group-chat',
    'link.open',
    { url: 'https://2.taobao.com/item.htm?id=1' },
    'blocked',
  ], // 002: WeChat banned Xianyu in 2018
  // ── Other WeChat walls ────────────────────────────────────────────────────────────────────────
  ['2015-03-01', 'wechat', 'group-chat', 'redpacket.share', 'alipay', 'blocked'], // 002/004: WeChat blocked Alipay red packets in the 2015 red-packet war
  ['2015-03-01', 'wechat', 'private-chat', 'link.open', 'alipay', 'blocked'], // 004: on 3 Feb 2015 WeChat banned Alipay and Xiami outright
  ['2020-01-01', 'wechat', 'checkout', 'payment.accept', 'alipay', 'blocked'], // 002: in 2014 Alipay closed its payment interface to WeChat merchants
  ['2021-08-01', 'wechat', 'mini-program', 'payment.accept', 'alipay', 'blocked'], // 000: WeChat's mini-program commerce does not take Alipay (July 2021)
  ['2021-08-01', 'wechat', 'channels', 'payment.accept', 'alipay', 'blocked'], // 000: nor does selling on WeChat Channels
  ['2019-01-01', 'wechat', '*', 'link.open', 'xianyu', 'blocked'], // 002: in 2018 WeChat banned Taobao Special Edition and Xianyu
  ['2021-06-15', 'wechat', 'mini-program', 'miniprogram.launch-app', 'taobao', 'blocked'], // 000: end of May 2021 WeChat all but ended mini programs launching apps
  ['2024-10-01', 'wechat', 'private-chat', 'card.share', 'taobao', 'blocked'], // 003: Taobao product cards still cannot be shared into WeChat chats
  ['2024-10-01', 'wechat', 'group-chat', 'card.share', 'tmall', 'blocked'], // 003: nor into group chats
  // ── Mini programs ─────────────────────────────────────────────────────────────────────────────
  ['2021-07-20', 'wechat', 'mini-program', 'miniprogram.host', 'taote', 'blocked'], // 000: Taobao and Taote have no WeChat mini programs yet
  ['2022-01-01', 'wechat', 'mini-program', 'miniprogram.host', 'xianyu', 'blocked'], // 001: the Xianyu mini program applied for in 2021 is still not live
  ['2024-06-01', 'wechat', 'mini-program', 'miniprogram.host', 'xianyu', 'open'], // 003: Xianyu launched a WeChat mini program in Jan 2024
  ['2024-02-10', 'xianyu', 'mini-program', 'payment.accept', 'wechat-pay', 'open'], // 003: the Xianyu mini program takes WeChat Pay
  ['2023-01-15', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-supermarket-xiaodangjia', 'open'], // 003: Tmall Supermarket Xiaodangjia went live in Oct 2022
  ['2024-10-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-youpin', 'blocked'], // 003: both Tmall mini programs can no longer be found
  ['2024-10-01', 'wechat', 'mini-program', 'miniprogram.host', 'taobao', 'blocked'], // 003: WeChat has not admitted Taobao/Tmall mini programs
  ['2025-09-20', 'wechat', 'mini-program', 'miniprogram.host', 'taobao', 'blocked'], // 002: a Taobao mini program is only rumored (16 Sep 2025)
  ['2021-08-01', 'wechat', 'mini-program', 'miniprogram.host', 'qunmaimai', 'open'], // 000: Pinduoduo launched Qunmaimai and Kuaituantuan in 2021
  // ── Payments at Alibaba checkouts ─────────────────────────────────────────────────────────────
  ['2021-12-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'blocked'], // 001: the core Taobao checkout still has not opened to WeChat Pay
  ['2022-03-15', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'friction'], // 003/004: Taobao beta — WeChat scan-to-pay or a friend pays
  ['2024-03-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'partial'], // 003: from Feb 2024 WeChat Pay for some users and products
  ['2025-10-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'friction'], // 002: paying with WeChat Pay on Taobao jumps to WeChat and back
  ['2021-09-10', 'taocaicai', 'checkout', 'payment.accept', 'wechat-pay', 'unknown'], // 001: nothing recorded before Taocaicai’s 18 Sep change
  ['2021-10-15', 'taocaicai', 'checkout', 'payment.accept', 'wechat-pay', 'friction'], // 001: Taocaicai added “ask a WeChat friend to pay” on 18 Sep 2021
  ['2021-09-20', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'unknown'], // 001: Taote had only applied for WeChat Pay — a rumor changes nothing
  ['2021-11-01', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'friction'], // 001/003: Taote launched WeChat scan-to-pay in early Oct 2021
  ['2024-09-10', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'partial'], // 003: direct WeChat Pay in Taote is being opened gradually
  ['2021-10-15', 'eleme', 'checkout', 'payment.accept', 'wechat-pay', 'open'], // 001: Ele.me already took WeChat Pay by 18 Sep 2021
  ['2021-10-15', 'youku', 'checkout', 'payment.accept', 'wechat-pay', 'open'], // 001/003/004: Youku took WeChat Pay
  // ── Payments elsewhere ────────────────────────────────────────────────────────────────────────
  ['2021-12-01', 'jd', 'checkout', 'payment.accept', 'alipay', 'blocked'], // 001: JD has never accepted Alipay
  ['2021-08-01', 'pinduoduo', 'checkout', 'payment.accept', 'alipay', 'open'], // 000: Pinduoduo takes both WeChat Pay and Alipay
  ['2021-08-01', 'pinduoduo', 'checkout', 'payment.accept', 'wechat-pay', 'open'], // 000/001: WeChat Pay comes first at Pinduoduo
  ['2023-01-01', 'alipay', '*', 'transfer.send', 'wechat', 'friction'], // 003: Alipay pays WeChat friends through a scanned QR code
  // ── Ads ───────────────────────────────────────────────────────────────────────────────────────
  ['2021-08-01', 'wechat', 'moments', 'ads.place', 'amap', 'open'], // 000: Amap advertised in WeChat Moments in July 2021
  ['2022-07-01', 'wechat', 'moments', 'ads.place', 'tmall', 'open'], // 004: 618 2022 Moments feed ads lead straight into Tmall stores
  ['2022-07-01', 'wechat', 'channels', 'ads.place', 'taobao', 'unknown'], // 002/003: Channels ads into Taobao came only with the 2023 expansion
  ['2023-10-01', 'wechat', 'channels', 'ads.place', 'taobao', 'open'], // 002: Sep 2023, Channels and Moments ads go straight to Taobao
  ['2022-06-01', 'tencent-video', '*', 'ads.place', 'tmall', 'open'], // 003: Tencent Video ad inventory joined Alimama in 2021
  ['2019-06-01', 'douyin', '*', 'ads.place', 'tencent-games', 'blocked'], // 003: after 2018 Tencent and ByteDance stopped buying ads from each other
  ['2022-03-01', 'douyin', '*', 'ads.place', 'tencent-games', 'open'], // 004: from Jan 2022 Douyin sends traffic to Tencent games
  ['2023-06-01', 'xigua', '*', 'ads.place', 'tencent-games', 'open'], // 003: from 2023 Tencent buys traffic on Xigua for its games
  // ── Other platforms ───────────────────────────────────────────────────────────────────────────
  ['2021-06-01', 'douyin', '*', 'link.open', 'taobao', 'blocked'], // 002: in 2020 Douyin cut Taobao links
  ['2023-06-01', 'bilibili', '*', 'link.open', 'jd', 'open'], // 002: in 2023 Bilibili set up jump deals with Taobao, JD and Pinduoduo
  ['2022-03-01', 'baidu', '*', 'link.open', 'xiaohongshu', 'open'], // 002: Jan 2022 Baidu interconnection with Meituan, Xiaohongshu and others
  ['2022-01-15', 'kuaishou', '*', 'link.open', 'meituan', 'open'], // 002: Dec 2021 Kuaishou–Meituan partnership
  ['2022-07-01', 'wechat', '*', 'link.open', 'jd', 'open'], // 004: WeChat is connected to JD and Pinduoduo
  ['2025-10-01', 'wechat', 'discover-shopping', 'entry.list', 'jd', 'blocked'], // 002: JD quietly closed its WeChat Discover → Shopping entry
  ['2024-04-01', 'wechat', '*', 'meeting.join', 'dingtalk', 'open'], // 003: from Mar 2024 DingTalk meetings can be joined inside WeChat
];

const index = foldLedger(loadLedger());

describe('questions the articles answer', () => {
  it('has at least forty rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));

  it.each(rows.map((r, i) => [i + 1, describeRow(r), r] as const))('row %i: %s', (_n, _name, r) => {
    const [at, host, surface, capability, target, expected] = r;
    const where = typeof target === 'string' ? { target } : { url: target.url };
    expect(decide(index, { host, surface, capability, at, ...where }).status).toBe(expected);
  });

  it('shows a rumor as pending without changing the answer', () => {
    const d = decide(index, {
      host: 'wechat',
      surface: 'group-chat',
      capability: 'link.open',
      target: 'taobao',
      at: '2021-12-01',
    });
    expect(d.status).toBe('partial');
    expect(d.rumors.map((r) => r.event.id)).toContain('2021-11-30-wechat-group-chat-links-rumor');
  });
});

function describeRow([at, host, surface, capability, target, expected]: Row): string {
  return `${at} ${host}/${surface} ${capability} ${typeof target === 'string' ? target : target.url} → ${expected}`;
}
