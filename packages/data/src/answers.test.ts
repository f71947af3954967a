import { type Capability, decide, foldLedger, type Status, type Surface } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

/** How an answer was reached (hutong-decide/4, docs/method-decide.md §3). */
type Basis = 'direct' | 'inherited' | 'inferred' | 'none';

/**
 * At, host, surface, capability, target (an actor id, `*`, or a pasted link), expected status
 * (`mixed` for a company whose platforms differ) and, where the row is about it, expected basis.
 */
type Row = readonly [string, string, Surface, Capability, string | { url: string }, Status | 'mixed', Basis?];

/**
 * Questions the seed articles answer, run through the engine under `hutong-decide/4`; each row's
 * comment names the article and its claim. Articles: 000 huxiu 2021-07-15, 001 zimubang 2021-11-29,
 * 002 lanhai 2025-09-24, 003 repost 2024-09-03, 004 ranciyuan 2022-06-18. Dates sit clearly inside
 * or outside a change's window: inside it, the status from before the change stands.
 */
const rows: Row[] = [
  // ── WeChat and Taobao links ───────────────────────────────────────────────────────────────────
  ['2014-01-15', 'wechat', '*', 'link.open', 'taobao', 'blocked'], // 004/002: from Nov 2013 Taobao sends every visit from WeChat to its app download page
  ['2014-01-15', 'wechat', 'private-chat', 'link.open', 'taobao', 'blocked', 'direct'], // 004: Tencent soon after blocked Taobao links; reaching Taobao from a private chat meant copying a token
  ['2016-01-01', 'wechat', 'group-chat', 'link.open', 'taobao', 'blocked', 'direct'], // 001: Taobao links in group chats would not open until the 2021 trial
  ['2016-01-01', 'wechat', 'moments', 'link.open', 'taobao', 'blocked', 'inherited'], // 002: Taobao turned away all visits from WeChat; no article names Moments
  ['2016-01-01', 'wechat', 'group-chat', 'link.open', 'tmall', 'blocked', 'inferred'], // 000/001: Tmall links were hard to forward in WeChat, walls from 2013 (standing)
  ['2020-06-01', 'wechat', 'private-chat', 'link.open', 'taobao', 'blocked'], // 001: eight years of walls from 2013; users copied 淘口令 tokens
  ['2021-09-01', 'wechat', 'private-chat', 'link.open', 'taobao', 'blocked', 'direct'], // 001: nothing opened before WeChat's 17 Sep statement
  ['2021-09-16', 'wechat', 'private-chat', 'link.open', 'taobao', 'blocked'], // 001: the day before MIIT's deadline
  ['2021-10-15', 'wechat', 'private-chat', 'link.open', 'taobao', 'friction', 'direct'], // 001: from 17 Sep 2021 private-chat links open after a second confirmation
  ['2021-10-15', 'wechat', 'private-chat', 'link.open', '*', 'friction'], // 001: the 17 Sep statement lets private chats open external links, with a confirmation
  ['2021-10-15', 'wechat', 'private-chat', 'link.open', 'alipay', 'friction', 'direct'], // 001: all external links, Alipay's included
  ['2021-10-15', 'wechat', 'group-chat', 'link.open', 'taobao', 'blocked', 'direct'], // 001 (followed, against 002's "Sept 2021 restored"): group chats stayed shut until 29 Nov
  ['2021-10-15', 'wechat', 'moments', 'link.open', 'taobao', 'blocked', 'inherited'], // 001: the 17 Sep statement opened private chats only
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'taobao', 'open', 'direct'], // 001: from 29 Nov 2021 private chats open links directly
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'tmall', 'open', 'direct'], // 001: Tmall product links open directly in private chats (tested 29 Nov)
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'xianyu', 'open', 'direct'], // 001/003: private chats open external links directly
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'xiami', 'open', 'direct'], // 001: 点对点聊天场景…将可直接访问外链 — all external links, Xiami included
  ['2026-03-01', 'wechat', 'private-chat', 'link.open', 'xiami', 'open', 'direct'], // 001: nothing closed Xiami links in private chats again
  ['2021-12-01', 'wechat', 'private-chat', 'link.open', 'alibaba', 'open'], // 001: every Alibaba platform's links open in private chats
  ['2021-12-01', 'wechat', 'group-chat', 'link.open', 'taobao', 'partial', 'direct'], // 001: group chats begin a trial of direct e-commerce links on 29 Nov
  ['2021-12-01', 'wechat', 'group-chat', 'link.open', 'taote', 'partial', 'direct'], // 001: the group-chat trial covers e-commerce links, Taote's too
  ['2021-12-15', 'wechat', 'group-chat', 'link.open', 'douyin', 'partial'], // 001: Douyin links too are in the group-chat e-commerce trial
  ['2022-01-01', 'wechat', 'group-chat', 'link.open', 'xiami', 'blocked', 'inherited'], // 004: WeChat banned Xiami outright in 2015; the 2021 group-chat trial was e-commerce only
  ['2022-06-01', 'wechat', 'group-chat', 'link.open', 'taobao', 'partial'], // 003: when the trial ended is not said; inside that window the trial stands
  ['2022-06-01', 'wechat', 'moments', 'link.open', 'taobao', 'blocked'], // 003: Moments opening is dated only "by Sep 2024"; inside the window the old status stands
  ['2024-10-01', 'wechat', 'moments', 'link.open', 'taobao', 'open', 'direct'], // 003: clicking a link in WeChat now jumps to Taobao or Tmall
  ['2025-06-01', 'wechat', 'group-chat', 'link.open', 'taobao', 'open', 'direct'], // 003: the later WeChat-wide opening ends the 2021 group-chat trial
  ['2025-06-01', 'wechat', 'group-chat', 'link.open', 'tmall', 'open', 'direct'], // 003: links jump to Tmall too
  ['2025-01-01', 'wechat', 'channels', 'link.open', 'taobao', 'open', 'inherited'], // 003: WeChat's link policy in general, no surface named
  ['2025-06-01', 'wechat', 'moments', 'link.open', 'alibaba', 'mixed'], // 003 opens Taobao and Tmall only; Taote, Xianyu, Alipay, Xiami keep their bans
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
  ['2015-03-01', 'wechat', 'private-chat', 'link.open', 'alipay', 'blocked', 'inherited'], // 004: on 3 Feb 2015 WeChat banned Alipay and Xiami outright (全面封杀)
  ['2020-01-01', 'wechat', 'checkout', 'payment.accept', 'alipay', 'blocked'], // 002: in 2014 Alipay closed its payment interface to WeChat merchants
  ['2021-08-01', 'wechat', 'mini-program', 'payment.accept', 'alipay', 'blocked', 'direct'], // 000: WeChat's mini-program commerce does not take Alipay (July 2021)
  ['2021-03-01', 'wechat', 'mini-program', 'payment.accept', 'alipay', 'blocked', 'inferred'], // 000: a standing state, held before the article
  ['2021-08-01', 'wechat', 'channels', 'payment.accept', 'alipay', 'blocked'], // 000: nor does selling on WeChat Channels
  ['2019-01-01', 'wechat', '*', 'link.open', 'xianyu', 'blocked'], // 002: in 2018 WeChat banned Taobao Special Edition and Xianyu
  ['2018-06-01', 'wechat', 'private-chat', 'link.open', 'taote', 'unknown'], // 002: "2018" — inside that year it is not known whether the ban had come yet
  ['2021-06-15', 'wechat', 'mini-program', 'miniprogram.launch-app', 'taobao', 'blocked'], // 000: end of May 2021 WeChat all but ended mini programs launching apps
  ['2021-06-15', 'wechat', 'mini-program', 'miniprogram.launch-app', 'qq-music', 'blocked', 'direct'], // 000: WeChat was as firm with its own QQ Music
  ['2021-04-15', 'wechat', 'mini-program', 'miniprogram.launch-app', 'taobao', 'unknown'], // 000: nothing recorded before the end of May 2021
  ['2021-08-01', 'wechat', 'browser', 'miniprogram.launch-app', 'douyin', 'open'], // 000: H5 pages can still open apps
  ['2024-10-01', 'wechat', 'private-chat', 'card.share', 'taobao', 'blocked', 'direct'], // 003: Taobao product cards still cannot be shared into WeChat chats
  ['2024-10-01', 'wechat', 'group-chat', 'card.share', 'tmall', 'blocked'], // 003: nor into group chats
  ['2022-01-01', 'wechat', 'group-chat', 'card.share', 'taobao', 'blocked', 'inferred'], // 003: "still cannot" holds back before the article
  // ── Mini programs ─────────────────────────────────────────────────────────────────────────────
  ['2021-07-20', 'wechat', 'mini-program', 'miniprogram.host', 'taote', 'blocked'], // 000: Taobao and Taote have no WeChat mini programs yet
  ['2020-01-01', 'wechat', 'mini-program', 'miniprogram.host', 'taobao', 'blocked', 'inferred'], // 000: Taobao has never had a WeChat mini program
  ['2022-01-01', 'wechat', 'mini-program', 'miniprogram.host', 'xianyu', 'blocked'], // 001: the Xianyu mini program applied for in 2021 is still not live
  ['2021-06-01', 'wechat', 'mini-program', 'miniprogram.host', 'xianyu', 'blocked', 'inferred'], // 001: "still not live" holds back before 29 Nov
  ['2023-12-01', 'wechat', 'mini-program', 'miniprogram.host', 'xianyu', 'blocked'], // 003: Xianyu's mini program came only in Jan 2024
  ['2024-06-01', 'wechat', 'mini-program', 'miniprogram.host', 'xianyu', 'open', 'direct'], // 003: Xianyu launched a WeChat mini program in Jan 2024
  ['2024-02-10', 'xianyu', 'mini-program', 'payment.accept', 'wechat-pay', 'open'], // 003: the Xianyu mini program takes WeChat Pay
  ['2023-01-15', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-supermarket-xiaodangjia', 'open'], // 003: Tmall Supermarket Xiaodangjia went live in Oct 2022
  ['2023-02-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-youpin', 'unknown'], // 003: Tmall Youpin came "more than half a year" after Oct 2022 — not by February
  ['2023-07-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-youpin', 'open', 'direct'], // 003: Tmall Youpin went live before 618 2023
  ['2024-10-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-youpin', 'blocked', 'direct'], // 003: both Tmall mini programs are gone — Tmall's withdrawal (cause: target), not WeChat's block
  ['2024-10-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-supermarket-xiaodangjia', 'blocked'], // 003: Xiaodangjia was not kept running
  ['2024-01-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-youpin', 'open'], // 003: when it went is not said; inside the window the launch still stands (uncertain)
  ['2024-10-01', 'wechat', 'mini-program', 'miniprogram.host', 'taobao', 'blocked'], // 003: WeChat has not admitted Taobao/Tmall mini programs
  ['2025-09-20', 'wechat', 'mini-program', 'miniprogram.host', 'taobao', 'blocked'], // 002: a Taobao mini program is only rumored (16 Sep 2025)
  ['2021-08-01', 'wechat', 'mini-program', 'miniprogram.host', 'qunmaimai', 'open'], // 000: Pinduoduo launched Qunmaimai and Kuaituantuan in 2021
  // ── Payments at Alibaba checkouts ─────────────────────────────────────────────────────────────
  ['2019-01-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'blocked', 'inferred'], // 000/001: Taobao long took only Alipay (standing)
  ['2019-01-01', 'taobao', 'checkout', 'payment.accept', 'alipay', 'open', 'inferred'], // 001: Alipay has long been Taobao's main way to pay
  ['2021-08-01', 'taobao', 'checkout', 'payment.accept', 'chinaums', 'blocked', 'direct'], // 000: opening to ChinaUMS would be a concession
  ['2021-12-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'blocked'], // 001: the core Taobao checkout still has not opened to WeChat Pay
  ['2022-01-15', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'blocked'], // 003's 再次 implies an earlier test, undated: inside its window blocked stands
  ['2022-04-15', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'friction', 'direct'], // 003/004: Taobao beta — WeChat scan-to-pay or a friend pays (Feb–Mar 2022)
  ['2024-03-15', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'partial'], // 003: from Feb 2024 WeChat Pay for some users and products
  ['2025-10-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'friction', 'direct'], // 002: some users say paying jumps to WeChat and back (coverage some)
  ['2022-06-01', 'tmall', 'checkout', 'payment.accept', 'wechat-pay', 'blocked'], // 003: Tmall's opening is dated only "by Sep 2024"
  ['2024-10-01', 'tmall', 'checkout', 'payment.accept', 'wechat-pay', 'partial', 'direct'], // 003: most users still cannot pay smoothly on Tmall
  ['2021-09-10', 'taocaicai', 'checkout', 'payment.accept', 'wechat-pay', 'unknown'], // 001: nothing recorded before Taocaicai’s 18 Sep change
  ['2021-10-15', 'taocaicai', 'checkout', 'payment.accept', 'wechat-pay', 'friction'], // 001: Taocaicai added “ask a WeChat friend to pay” on 18 Sep 2021
  ['2021-09-20', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'unknown'], // 001: Taote had only applied for WeChat Pay — a rumor changes nothing
  ['2021-11-01', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'friction'], // 001/003: Taote launched WeChat scan-to-pay in early Oct 2021
  ['2024-09-10', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'partial'], // 003: direct WeChat Pay in Taote is being opened gradually
  ['2021-09-20', 'eleme', 'checkout', 'payment.accept', 'wechat-pay', 'open'], // 001: Ele.me already took WeChat Pay before 18 Sep 2021
  ['2021-10-15', 'youku', 'checkout', 'payment.accept', 'wechat-pay', 'open'], // 001/003/004: Youku took WeChat Pay
  // ── Payments elsewhere ────────────────────────────────────────────────────────────────────────
  ['2021-12-01', 'jd', 'checkout', 'payment.accept', 'alipay', 'blocked', 'direct'], // 001: JD has never accepted Alipay
  ['2015-01-01', 'jd', 'checkout', 'payment.accept', 'alipay', 'blocked', 'inferred'], // 001: "never" holds back before the article
  ['2021-08-01', 'pinduoduo', 'checkout', 'payment.accept', 'alipay', 'open'], // 000: Pinduoduo takes both WeChat Pay and Alipay
  ['2020-01-01', 'pinduoduo', 'checkout', 'payment.accept', 'wechat-pay', 'open', 'inferred'], // 001: WeChat Pay has always come first at Pinduoduo
  ['2022-09-15', 'alipay', '*', 'transfer.send', 'wechat', 'unknown'], // 003: "more than half a year" after Feb 2022 — not known to have come yet
  ['2023-03-01', 'alipay', '*', 'transfer.send', 'wechat', 'friction'], // 003: Alipay pays WeChat friends through a scanned QR code
  // ── Ads ───────────────────────────────────────────────────────────────────────────────────────
  ['2021-08-01', 'wechat', 'moments', 'ads.place', 'amap', 'open', 'direct'], // 000: Amap advertised in WeChat Moments days before 15 July 2021
  ['2022-07-01', 'wechat', 'moments', 'ads.place', 'tmall', 'open', 'direct'], // 004 (followed): 618 2022 Moments feed ads lead straight into Tmall stores
  ['2022-07-01', 'wechat', 'channels', 'ads.place', 'taobao', 'unknown'], // 002/003: Channels ads into Taobao came only with the 2023 expansion
  ['2023-10-01', 'wechat', 'channels', 'ads.place', 'taobao', 'open', 'direct'], // 002: Sep 2023, Channels and Moments ads go straight to Taobao
  ['2023-10-01', 'wechat', 'moments', 'ads.place', 'taobao', 'open'], // 002/003: Moments ads into Taobao from the 2023 expansion
  ['2022-06-01', 'tencent-video', '*', 'ads.place', 'tmall', 'open'], // 003: Tencent Video ad inventory joined Alimama in 2021, for Taobao-family merchants
  ['2022-03-01', 'qq', '*', 'ads.place', 'taobao', 'open'], // 003: QQ's ad inventory too
  ['2018-06-01', 'douyin', '*', 'ads.place', 'tencent-games', 'unknown'], // 003: "after 2018" — inside the window the break may not have come yet
  ['2020-06-01', 'douyin', '*', 'ads.place', 'tencent-games', 'blocked'], // 003: after 2018 the two cut their ad dealings — closed by both (cause: mutual)
  ['2021-06-01', 'xigua', '*', 'ads.place', 'tencent-games', 'blocked'], // 003: the same break, on Xigua
  ['2022-03-01', 'douyin', '*', 'ads.place', 'tencent-games', 'open'], // 004 (followed): from Jan 2022 Douyin sends traffic to Tencent games
  ['2024-01-15', 'xigua', '*', 'ads.place', 'tencent-games', 'open'], // 003: from 2023 Tencent buys traffic on Xigua for its games
  // ── Other platforms ───────────────────────────────────────────────────────────────────────────
  ['2021-06-01', 'douyin', '*', 'link.open', 'taobao', 'blocked'], // 002: in 2020 Douyin cut Taobao links
  ['2024-01-15', 'bilibili', '*', 'link.open', 'jd', 'open'], // 002: in 2023 Bilibili set up jump deals with Taobao, JD and Pinduoduo
  ['2023-06-01', 'bilibili', '*', 'link.open', 'jd', 'unknown'], // 002: "2023" — inside that year it is not known whether the deal had come yet
  ['2022-03-01', 'baidu', '*', 'link.open', 'xiaohongshu', 'open'], // 002: Jan 2022 Baidu interconnection with Meituan, Xiaohongshu and others
  ['2022-01-15', 'kuaishou', '*', 'link.open', 'meituan', 'open'], // 002: Dec 2021 Kuaishou–Meituan partnership
  ['2022-07-01', 'wechat', '*', 'link.open', 'jd', 'open'], // 004: WeChat is connected to JD and Pinduoduo
  ['2020-01-01', 'wechat', 'private-chat', 'link.open', 'pinduoduo', 'unknown'], // 004: "already connected" is not "always": nothing says since when
  ['2014-01-01', 'wechat', 'group-chat', 'link.open', 'pinduoduo', 'unknown'], // 004's "already" (2022) does not reach back to 2014
  ['2021-10-15', 'wechat', 'group-chat', 'link.open', 'jd', 'unknown'], // 001: group chats only began to trial e-commerce links on 29 Nov 2021; 004's "already" is 2022
  ['2022-07-01', 'wechat', 'group-chat', 'link.open', 'pinduoduo', 'open'], // 004: connected to Pinduoduo, in all of WeChat
  ['2015-01-01', 'taobao', 'search', 'entry.list', 'baidu', 'unknown'], // 000: "back then" (当年), undated: the ledger's estimated window runs to the article's date
  ['2021-08-01', 'taobao', 'search', 'entry.list', 'baidu', 'blocked', 'direct'], // 000: by its date Taobao had blocked Baidu from searching its goods
  ['2022-02-01', 'taobao', 'checkout', 'payment.accept', 'wechat-pay', 'blocked', 'direct'], // 003's 再次 implies an earlier test that had ended before Feb 2022; 004: March 2022 was the first give
  ['2025-10-01', 'wechat', 'discover-shopping', 'entry.list', 'jd', 'blocked', 'direct'], // 002: JD quietly closed its WeChat Discover → Shopping entry (cause: target)
  ['2024-04-01', 'wechat', '*', 'meeting.join', 'dingtalk', 'open'], // 003: from Mar 2024 DingTalk meetings can be joined inside WeChat
  ['2022-06-01', 'tencent-video', '*', 'ads.place', 'alimama', 'open'], // 003: Tencent Video's ad traffic 接入阿里妈妈 — the ad platform itself
  ['2022-06-01', 'qq', '*', 'ads.place', 'alimama', 'open'], // 003: QQ's too
  ['2024-10-01', 'taote', 'checkout', 'payment.accept', 'wechat-pay', 'partial'], // 002/003: Taote's direct WeChat Pay, for some users, smooth (no friction)
  ['2021-12-01', 'wechat', 'mini-program', 'miniprogram.host', 'tmall-supermarket-xiaodangjia', 'unknown'], // 003: Xiaodangjia only launched in Oct 2022
];

const index = foldLedger(loadLedger());
const basisOf = (d: object): string | undefined => (d as { basis?: string }).basis;

describe('questions the articles answer', () => {
  it('has at least a hundred rows', () => expect(rows.length).toBeGreaterThanOrEqual(100));

  it.each(rows.map((r, i) => [i + 1, describeRow(r), r] as const))('row %i: %s', (_n, _name, r) => {
    const [at, host, surface, capability, target, expected, basis] = r;
    const where = typeof target === 'string' ? { target } : { url: target.url };
    const d = decide(index, { host, surface, capability, at, ...where });
    expect(d.status).toBe(expected);
    if (basis !== undefined) expect(basisOf(d)).toBe(basis);
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

/** The parts of an answer beyond its status (docs/method-decide.md §2, §5, §6). */
const ask = (q: Parameters<typeof decide>[1]) => decide(index, q);

describe('platforms exist in time, and have the surfaces they have', () => {
  it('leaves out of a roll-up the parts that cannot exist, and says why a question about one is unknown', () => {
    const channelsChat = (d: ReturnType<typeof ask>) =>
      (d.byPlatform ?? []).filter((p) => p.host === 'wechat-channels' && p.surface === 'private-chat');
    for (const at of ['2021-12-01', '2022-01-01', '2024-10-01'])
      expect(
        channelsChat(ask({ host: 'tencent', surface: '*', capability: 'link.open', target: 'alibaba', at })),
      ).toEqual([]);
    const tmall2021 = ask({
      host: 'tmall',
      surface: 'mini-program',
      capability: 'miniprogram.host',
      target: 'wechat',
      at: '2021-12-01',
    });
    expect((tmall2021.byPlatform ?? []).map((p) => p.host)).not.toContain('tmall-supermarket-xiaodangjia');
    const before = ask({
      host: 'wechat',
      surface: 'mini-program',
      capability: 'miniprogram.host',
      target: 'tmall-supermarket-xiaodangjia',
      at: '2021-12-01',
    });
    expect(before).toMatchObject({
      status: 'unknown',
      absent: { id: 'tmall-supermarket-xiaodangjia', launched: { date: '2022-10-01', precision: 'month' } },
    });
    const wechatTmall = ask({
      host: 'wechat',
      surface: 'mini-program',
      capability: 'miniprogram.host',
      target: 'tmall',
      at: '2021-12-01',
    });
    expect((wechatTmall.byPlatform ?? []).map((p) => p.target)).not.toContain(
      'tmall-supermarket-xiaodangjia',
    );
  });
});

describe('windows, rollouts and companies in the curated ledger', () => {
  it('keeps the status from before inside a window drawn from a relative phrase, and says so', () => {
    // 003: Tmall Youpin "more than half a year" after October 2022, "before 618".
    expect(
      ask({
        host: 'wechat',
        surface: 'mini-program',
        capability: 'miniprogram.host',
        target: 'tmall-youpin',
        at: '2023-05-15',
      }).uncertain,
    ).toMatchObject({ from: '2023-04-01', after: 'open' });
    // 003: Alipay's transfers "more than half a year" after the February 2022 beta.
    expect(
      ask({ host: 'alipay', surface: '*', capability: 'transfer.send', target: 'wechat', at: '2022-09-15' })
        .uncertain,
    ).toMatchObject({ from: '2022-08-01', before: 'unknown', after: 'friction' });
    // 003: links jump to Taobao "now" (Sep 2024); since when is not said.
    expect(
      ask({ host: 'wechat', surface: 'moments', capability: 'link.open', target: 'taobao', at: '2023-01-01' })
        .uncertain,
    ).toMatchObject({ from: '2021-11-30', before: 'blocked', after: 'open' });
  });

  it('says what everyone else gets on a partial rollout', () => {
    // 001: the group-chat trial; everyone else still gets the 2013 block.
    expect(
      ask({
        host: 'wechat',
        surface: 'group-chat',
        capability: 'link.open',
        target: 'taobao',
        at: '2021-12-01',
      }).rest,
    ).toMatchObject({ status: 'blocked' });
    // 002: only some users have Taobao's WeChat Pay; the rest cannot use it.
    expect(
      ask({
        host: 'taobao',
        surface: 'checkout',
        capability: 'payment.accept',
        target: 'wechat-pay',
        at: '2025-10-01',
      }).rest,
    ).toMatchObject({ status: 'blocked' });
  });

  it('answers a company by its platforms', () => {
    const d = ask({
      host: 'wechat',
      surface: 'moments',
      capability: 'link.open',
      target: 'alibaba',
      at: '2025-06-01',
    });
    const by = new Map((d.byPlatform ?? []).map((p) => [p.target, p.status]));
    expect(Object.fromEntries(['taobao', 'tmall', 'xianyu', 'xiami'].map((t) => [t, by.get(t)]))).toEqual({
      taobao: 'open',
      tmall: 'open',
      xianyu: 'blocked',
      xiami: 'blocked',
    });
  });

  it('answers an ad platform nothing names with unknown, pointing at its company’s other platforms', () => {
    // 002/003/004: by 2025 Moments ads lead into Taobao and Tmall; no article says whether WeChat
    // places ads bought through Alimama, Alibaba's ad platform.
    const d = decide(index, {
      host: 'wechat',
      surface: 'moments',
      capability: 'ads.place',
      target: 'alimama',
      at: '2025-06-01',
    });
    expect(d.status).toBe('unknown');
    const near = (d.nearby ?? [])
      .filter((n) => n.surface === 'moments')
      .map((n) => [n.target, n.status, n.relation]);
    expect(near).toEqual(
      expect.arrayContaining([
        ['taobao', 'open', 'sibling-platform'],
        ['tmall', 'open', 'sibling-platform'],
      ]),
    );
  });

  it('answers an every-surface question by the surfaces the articles name', () => {
    // 001: from 29 Nov 2021 private chats open links directly and group chats start a trial; no
    // article opens the rest, where Taobao's 2013 wall stands.
    const links = ask({
      host: 'wechat',
      surface: '*',
      capability: 'link.open',
      target: 'taobao',
      at: '2022-01-01',
    });
    expect(links.status).toBe('mixed');
    const by = new Map<string, string>((links.byPlatform ?? []).map((p) => [p.surface, p.status]));
    expect(Object.fromEntries(['*', 'private-chat', 'group-chat'].map((s) => [s, by.get(s)]))).toEqual({
      '*': 'blocked',
      'private-chat': 'open',
      'group-chat': 'partial',
    });
    // 003: in Sept 2024 Taobao's mini programs were still not let into WeChat; no rule is written for `*`.
    const mp = ask({
      host: 'wechat',
      surface: '*',
      capability: 'miniprogram.host',
      target: 'taobao',
      at: '2024-09-10',
    });
    expect(mp.status).toBe('blocked');
    expect(mp.byPlatform?.filter((p) => p.status !== 'unknown').map((p) => p.surface)).toEqual([
      'mini-program',
    ]);
  });

  it('records a withdrawal where users meet it, as the target’s doing, not the host’s block', () => {
    const at = '2025-10-01';
    for (const [surface, capability, target] of [
      ['mini-program', 'miniprogram.host', 'tmall-youpin'],
      ['mini-program', 'miniprogram.host', 'tmall-supermarket-xiaodangjia'],
      ['discover-shopping', 'entry.list', 'jd'],
    ] as const)
      expect(ask({ host: 'wechat', surface, capability, target, at }).rule).toMatchObject({
        status: 'blocked',
        cause: 'target',
      });
    // Taobao turned WeChat's visits away first (004, 002): its own doing on the every-surface key.
    expect(
      ask({ host: 'wechat', surface: '*', capability: 'link.open', target: 'taobao', at: '2014-01-15' }).rule
        ?.cause,
    ).toBe('target');
  });

  it('records a mutual breakdown as both sides’ doing, which compliance does not count', () => {
    const d = ask({
      host: 'douyin',
      surface: '*',
      capability: 'ads.place',
      target: 'tencent-games',
      at: '2020-06-01',
    });
    expect(d.status).toBe('blocked');
    expect(d.rule).toMatchObject({ event: '2018-bytedance-tencent-ad-deals-cut', cause: 'mutual' });
  });
});

function describeRow([at, host, surface, capability, target, expected, basis]: Row): string {
  return `${at} ${host}/${surface} ${capability} ${typeof target === 'string' ? target : target.url} → ${expected}${basis ? ` (${basis})` : ''}`;
}
