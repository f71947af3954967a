import type {
  ActorKind,
  Basis,
  Capability,
  Confidence,
  Coverage,
  DecidedStatus,
  EventKind,
  FrictionStep,
  Language,
  Precision,
  ViewSurface,
} from '@hutong/domain';
import { explained, meanings } from '@hutong/domain';

/**
 * Labels for the ledger's controlled vocabulary (ids stay canonical; only the label is translated).
 * `satisfies Record<…>` ties each table to the domain's enum: a missing or extra id fails to compile.
 */
export const vocabEn = {
  status: {
    open: 'open',
    friction: 'friction',
    partial: 'partial',
    blocked: 'blocked',
    unknown: 'unknown',
    mixed: 'mixed',
  } satisfies Record<DecidedStatus, string>,
  // The explanations are the domain's glossary, so every face says the same.
  statusHelp: meanings('status', 'en') satisfies Record<DecidedStatus, string>,
  basis: explained('basis', 'en') satisfies Record<Basis, string>,
  capability: {
    'link.open': 'links open',
    'card.share': 'product cards',
    'payment.accept': 'payment accepted',
    'miniprogram.host': 'mini programs hosted',
    'miniprogram.launch-app': 'mini program launches app',
    'ads.place': 'ads lead in',
    'redpacket.share': 'red packets',
    'meeting.join': 'meetings joined',
    'entry.list': 'listed in an entry point',
    'transfer.send': 'money transfers',
  } satisfies Record<Capability, string>,
  surface: {
    '*': 'every surface',
    'private-chat': 'private chat',
    'group-chat': 'group chat',
    moments: 'Moments',
    channels: 'Channels',
    'mini-program': 'mini program',
    'discover-shopping': 'Discover › shopping',
    checkout: 'checkout',
    'live-stream': 'live stream',
    search: 'search',
    feed: 'feed',
    browser: 'in-app browser',
    // Views only: the surfaces no rule names, of a `*` crossing whose named surfaces are listed apart.
    other: 'other surfaces (none named)',
  } satisfies Record<ViewSurface, string>,
  kind: {
    block: 'block',
    unblock: 'unblock',
    rollout: 'rollout',
    trial: 'trial',
    withdrawal: 'withdrawal',
    regulation: 'regulation',
    penalty: 'penalty',
    statement: 'statement',
    rumor: 'rumor',
    deal: 'deal',
    meeting: 'meeting',
    observation: 'observation',
  } satisfies Record<EventKind, string>,
  confidence: { confirmed: 'confirmed', reported: 'reported', rumor: 'rumor' } satisfies Record<
    Confidence,
    string
  >,
  coverage: {
    all: 'everyone',
    trial: 'trial (grey release)',
    some: 'some users or products',
  } satisfies Record<Coverage, string>,
  friction: {
    confirm: 'a second confirmation',
    'qr-scan': 'a QR scan',
    'jump-out': 'a jump out and back',
    'copy-link': 'copying the link',
    token: 'a text token (淘口令)',
    'friend-pays': 'a friend pays',
    'open-in-app': 'opening in the app',
    other: 'other steps',
  } satisfies Record<FrictionStep, string>,
  precision: { day: 'day', month: 'month', year: 'year' } satisfies Record<Precision, string>,
  actorKind: {
    company: 'company',
    platform: 'platform',
    'mini-program': 'mini program',
    'ad-platform': 'ad platform',
    payment: 'payment',
    regulator: 'regulator',
  } satisfies Record<ActorKind, string>,
  beaten: { 'less-specific': 'less specific', superseded: 'superseded' },
  language: {
    'zh-Hans': 'Chinese (simplified)',
    'zh-Hant': 'Chinese (traditional)',
    en: 'English',
  } satisfies Record<Language, string>,
};
