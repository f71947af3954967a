import { createHutongClient, remoteLinks } from '@hutong/client';
import { willOpen } from './will-open.js';

// Usage: node dist/main.js [SERVER_URL]  (default http://127.0.0.1:3000)
const url = process.argv[2] ?? 'http://127.0.0.1:3000';
const hutong = createHutongClient(remoteLinks({ url }));

const decision = await hutong.decisions.decide.query({
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2021-12-01',
});
console.log(
  JSON.stringify({
    status: decision.status,
    since: decision.since?.date ?? null,
    rule: decision.rule?.event ?? null,
    groupChatLinkOpensToday: await willOpen(hutong, 'https://item.taobao.com/item.htm?id=1'),
  }),
);
