import type { RouterOutputs } from '@hutong/client';

type Actor = RouterOutputs['actors']['list'][number];

const HOSTS = [
  'wechat',
  'qq',
  'taobao',
  'tmall',
  'alipay',
  'douyin',
  'kuaishou',
  'jd',
  'pinduoduo',
  'meituan',
  'baidu',
  'xiaohongshu',
  'bilibili',
  'dingtalk',
];
const TARGETS = [
  'alibaba',
  'taobao',
  'tmall',
  'alipay',
  'tencent',
  'wechat',
  'wechat-pay',
  'qq',
  'bytedance',
  'douyin',
  'jd',
  'pinduoduo',
  'meituan',
  'kuaishou',
  'baidu',
  'xiaohongshu',
  'bilibili',
];

export interface Axes {
  hosts: string[];
  targets: string[];
}

/**
 * The matrix's rows and columns: the major platforms (hosts) and the platforms and companies they
 * let in or keep out (targets), as far as the ledger has them; any other ledger gets its platforms.
 */
export function wallsAxes(actors: readonly Actor[]): Axes {
  const known = new Set(actors.map((a) => a.id));
  const hosts = HOSTS.filter((id) => known.has(id));
  const targets = TARGETS.filter((id) => known.has(id));
  if (hosts.length >= 2 && targets.length >= 2) return { hosts, targets };
  const platforms = actors.filter((a) => a.kind === 'platform').map((a) => a.id);
  const companies = actors.filter((a) => a.kind === 'company').map((a) => a.id);
  return { hosts: platforms.slice(0, 16), targets: [...companies, ...platforms].slice(0, 24) };
}
