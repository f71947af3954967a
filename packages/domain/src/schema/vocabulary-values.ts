// Surfaces and capabilities, with no schema library (for ../plain.ts): vocabulary.ts builds the zod enums
// from them.

export const SURFACES = [
  '*',
  'private-chat',
  'group-chat',
  'moments',
  'channels',
  'mini-program',
  'discover-shopping',
  'checkout',
  'live-stream',
  'search',
  'feed',
  'browser',
] as const;

export const CAPABILITIES = [
  'link.open',
  'card.share',
  'payment.accept',
  'miniprogram.host',
  'miniprogram.launch-app',
  'ads.place',
  'redpacket.share',
  'meeting.join',
  'entry.list',
  'transfer.send',
] as const;
