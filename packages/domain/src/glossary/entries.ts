import type { Basis, BeatenRule, DecidedStatus, NearbyAnswer } from '../schema/decision';
import type { Confidence, Coverage } from '../schema/vocabulary';

/** One word of the ledger as a reader meets it: the word itself and one sentence on what it means. */
export interface GlossaryEntry {
  readonly word: { readonly en: string; readonly zh: string };
  readonly means: { readonly en: string; readonly zh: string };
}

const entry = (en: string, zh: string, meansEn: string, meansZh: string): GlossaryEntry => ({
  word: { en, zh },
  means: { en: meansEn, zh: meansZh },
});

/**
 * Every status, basis, coverage, confidence and term an answer shows, in one place: the web's
 * descriptions, the terminal UI's `?` and the CLI's legends all read these, so each concept has one
 * word and one explanation everywhere. `satisfies Record<…>` ties each group to the domain's enum.
 */
export const GLOSSARY = {
  status: {
    open: entry('open', '开放', 'works directly', '可直接使用'),
    friction: entry(
      'friction',
      '有阻碍',
      'works with extra steps: a second confirmation, a QR scan, a jump out and back',
      '需额外步骤：二次确认、扫码、跳出再返回',
    ),
    partial: entry(
      'partial',
      '部分开放',
      'works for only some users, products or chats (a trial or grey release)',
      '仅部分用户、商品或群聊可用（试点或灰度）',
    ),
    blocked: entry(
      'blocked',
      '屏蔽',
      'does not work in place; a workaround such as copying the link may exist',
      '无法就地使用；可能有复制链接等变通办法',
    ),
    unknown: entry('unknown', '未知', 'nothing recorded — never read as blocked', '无记录，不等于屏蔽'),
    mixed: entry('mixed', '不一', 'its parts (platforms or surfaces) differ', '各部分（平台或场景）情况不同'),
  } satisfies Record<DecidedStatus, GlossaryEntry>,
  basis: {
    direct: entry(
      'direct',
      '直接',
      'a rule names this host, surface and target',
      '有规则点名此宿主、场景和目标',
    ),
    inherited: entry(
      'inherited',
      '继承',
      'from a broader rule: a whole company, or every surface (*)',
      '来自更宽的规则：整个公司，或所有场景（*）',
    ),
    inferred: entry(
      'inferred',
      '推断',
      'a later observation that this status held, carried back',
      '后来的观察称此状态一直如此，向前沿用',
    ),
    none: entry('none', '无', 'no rule covers this question', '没有规则覆盖此问题'),
  } satisfies Record<Basis, GlossaryEntry>,
  coverage: {
    all: entry('everyone', '全部', 'the rule reaches every user', '规则覆盖所有用户'),
    trial: entry('trial', '试点', 'a trial or grey release reaches some users', '试点或灰度，只覆盖部分用户'),
    some: entry('some', '部分', 'only some users, products or chats', '仅部分用户、商品或群聊'),
  } satisfies Record<Coverage, GlossaryEntry>,
  confidence: {
    confirmed: entry('confirmed', '已证实', 'the platform or a regulator says so', '平台或监管方证实'),
    reported: entry('reported', '有报道', 'a publication reports it', '有媒体报道'),
    rumor: entry('rumor', '传闻', 'unconfirmed; a rumor changes no status', '未证实；传闻不改变状态'),
  } satisfies Record<Confidence, GlossaryEntry>,
  relation: {
    'target-owner': entry(
      'target owner',
      '目标所属公司',
      'the company that owns the target',
      '拥有目标的公司',
    ),
    'target-platform': entry(
      'target platform',
      '目标的平台',
      'a platform the target company owns',
      '目标公司旗下的平台',
    ),
    'sibling-platform': entry(
      'sibling platform',
      '同门平台',
      'another platform of the same company as the target',
      '与目标同属一家公司的另一个平台',
    ),
    'other-surface': entry(
      'other surface',
      '其他场景',
      'the same crossing on another surface',
      '同一跨越在另一个场景',
    ),
  } satisfies Record<NearbyAnswer['relation'], GlossaryEntry>,
  beaten: {
    'less-specific': entry(
      'less specific',
      '较宽泛',
      'lost to a rule from the same day that names the question more exactly',
      '同日有更具体的规则胜出',
    ),
    superseded: entry(
      'superseded',
      '已被取代',
      'lost to a later rule covering the question',
      '被之后覆盖此问题的规则取代',
    ),
  } satisfies Record<BeatenRule['reason'], GlossaryEntry>,
  term: {
    disputed: entry(
      'disputed',
      '有争议',
      'sources disagree (a date, a detail); the event records both',
      '各来源说法不一（日期或细节），事件并录两说',
    ),
    'uncertain-window': entry(
      'uncertain window',
      '不确定期',
      'the change happened on some day in this span; the status before it is kept until it ends',
      '变化发生在此期间的某一天；期满前沿用之前的状态',
    ),
    'estimated-date': entry(
      'estimated date',
      '估计日期',
      'the source gives only a month or a year; the date is its first day',
      '来源只给出月份或年份；取其第一天',
    ),
    stale: entry(
      'stale',
      '久未确认',
      'the newest evidence behind the answer is old; the status may have changed since',
      '答案依据的最新证据已久，状态可能已变',
    ),
    'last-confirmed': entry(
      'last confirmed',
      '最近确认',
      'the date of the newest evidence behind the answer',
      '答案依据的最新证据的日期',
    ),
    'every-surface': entry(
      '*',
      '*',
      'every surface (or every actor, as a target)',
      '所有场景（作为目标时指所有主体）',
    ),
    'beaten-rules': entry(
      'rules it beat',
      '被胜出的规则',
      'rules that also cover the question but lost to the deciding rule: less specific, or superseded',
      '同样覆盖此问题、但输给了决定性规则的规则：较宽泛，或已被取代',
    ),
    crossing: entry(
      'crossing',
      '跨越',
      'host · surface · capability · target: who meets whose link, payment, mini program or ad, where',
      '宿主·场景·能力·目标：谁在何处遇到谁的链接、支付、小程序或广告',
    ),
  },
} as const;

export type GlossaryGroup = keyof typeof GLOSSARY;
