import { type EventInput, Ledger, type PolicyChangeInput, type Regulation } from '../schema';

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
  { id: 'wechat-pay', kind: 'payment', owner: 'tencent', name: { zh: '微信支付', en: 'WeChat Pay' } },
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
  notBefore?: string;
  notAfter?: string;
  confidence?: 'confirmed' | 'reported' | 'rumor';
  /** The earliest date the event's quote speaks of (else the spec source's date, 2021-01-01). */
  speaksOf?: string;
  changes: PolicyChangeInput[];
}

let serial = 0;

/** A schema-valid ledger holding the given events, with defaults for everything a spec does not care about. */
export function specLedger(events: readonly SpecEvent[], regulations: readonly Regulation[] = []): Ledger {
  return Ledger.parse({
    actors: [...actors, miit],
    sources: [source],
    events: events.map(specEvent),
    regulations,
  });
}

/** One spec event, with defaults for everything a spec does not care about. */
export function specEvent(e: SpecEvent): EventInput {
  return {
    id: e.id ?? `spec-${++serial}`,
    date: e.date,
    precision: e.precision ?? 'day',
    ...(e.notBefore ? { notBefore: e.notBefore } : {}),
    ...(e.notAfter ? { notAfter: e.notAfter } : {}),
    kind: e.confidence === 'rumor' ? 'rumor' : 'rollout',
    title: { zh: '规格', en: 'spec' },
    summary: { zh: '规格', en: 'spec' },
    actors: [e.changes[0]?.host ?? 'wechat'],
    changes: e.changes,
    confidence: e.confidence ?? 'confirmed',
    sources: [{ source: source.id, quote: 'spec', ...(e.speaksOf ? { speaksOf: e.speaksOf } : {}) }],
  };
}

const miit = { id: 'miit', kind: 'regulator', name: { zh: '工信部', en: 'MIIT' } } as const;

/** A link-blocking rule like MIIT's 2021 campaign: blocked links must be lifted by the deadline. */
export function linkRegulation(over: Partial<Regulation> = {}): Regulation {
  return {
    id: 'link-rule',
    issuer: 'miit',
    title: { zh: '规则', en: 'rule' },
    summary: { zh: '规则', en: 'rule' },
    from: '2021-07-23',
    deadline: '2021-09-17',
    scope: { capabilities: ['link.open'], surfaces: ['*'], hosts: ['*'] },
    forbids: ['blocked'],
    sources: [{ source: source.id, quote: 'spec' }],
    ...over,
  };
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
