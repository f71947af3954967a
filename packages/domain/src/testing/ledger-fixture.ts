import { type EventInput, Ledger, type PolicyChangeInput } from '../schema';

/** A small ledger of real-looking actors, for specs: Alibaba owns Taobao and Tmall; Tencent owns WeChat. */
const actors = [
  { id: 'alibaba', kind: 'company', name: { zh: '阿里巴巴', en: 'Alibaba' }, hosts: ['alibaba.com'] },
  {
    id: 'taobao',
    kind: 'platform',
    owner: 'alibaba',
    name: { zh: '淘宝', en: 'Taobao' },
    hosts: ['taobao.com', 'tb.cn'],
  },
  {
    id: 'tmall',
    kind: 'platform',
    owner: 'alibaba',
    name: { zh: '天猫', en: 'Tmall' },
    hosts: ['tmall.com'],
  },
  { id: 'tencent', kind: 'company', name: { zh: '腾讯', en: 'Tencent' }, hosts: ['tencent.com'] },
  {
    id: 'wechat',
    kind: 'platform',
    owner: 'tencent',
    name: { zh: '微信', en: 'WeChat' },
    hosts: ['weixin.qq.com'],
  },
  { id: 'qq', kind: 'platform', owner: 'tencent', name: { zh: 'QQ', en: 'QQ' }, hosts: ['qq.com'] },
  { id: 'jd', kind: 'company', name: { zh: '京东', en: 'JD' }, hosts: ['jd.com'] },
] as const;

const source = {
  id: 'spec-source',
  title: 'Spec',
  publisher: 'hutong',
  date: '2021-01-01',
  language: 'en',
} as const;

export interface SpecEvent {
  id?: string;
  date: string;
  precision?: 'day' | 'month' | 'year';
  confidence?: 'confirmed' | 'reported' | 'rumor';
  changes: PolicyChangeInput[];
}

let serial = 0;

/** A schema-valid ledger holding the given events, with defaults for everything a spec does not care about. */
export function specLedger(events: readonly SpecEvent[]): Ledger {
  const full: EventInput[] = events.map((e) => ({
    id: e.id ?? `spec-${++serial}`,
    date: e.date,
    precision: e.precision ?? 'day',
    kind: e.confidence === 'rumor' ? 'rumor' : 'rollout',
    title: { zh: '规格', en: 'spec' },
    summary: { zh: '规格', en: 'spec' },
    actors: [e.changes[0]?.host ?? 'wechat'],
    changes: e.changes,
    confidence: e.confidence ?? 'confirmed',
    sources: [{ source: source.id, quote: 'spec' }],
  }));
  return Ledger.parse({ actors, sources: [source], events: full });
}

export function rule(
  host: string,
  surface: PolicyChangeInput['surface'],
  target: string,
  status: PolicyChangeInput['status'],
  capability: PolicyChangeInput['capability'] = 'link.open',
): PolicyChangeInput {
  return { host, surface, capability, target, status };
}
