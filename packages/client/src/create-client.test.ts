import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rule, specLedger, wechatTaobaoQuestion } from '@hutong/domain/testing';
import { appRouter, createContextInner, fixedLedger } from '@hutong/router';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { afterAll, describe, expect, it } from 'vitest';
import { createHutongClient, localLink, remoteLinks } from './index';

const ledger = fixedLedger(
  specLedger([{ date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] }]),
);
const createContext = async () => createContextInner({ ledger });
const q = wechatTaobaoQuestion;

const seen: string[] = [];
const trpc = createHTTPHandler({
  router: appRouter,
  basePath: '/trpc/',
  allowMethodOverride: true,
  createContext,
});
const server = createServer((req, res) => {
  seen.push(`${req.method} ${req.url?.split('?')[0]}`);
  trpc(req, res);
});
const port = await new Promise<number>((resolve) =>
  server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
);
afterAll(() => void server.close());

describe('createHutongClient', () => {
  it('calls the router in-process through the local link', async () => {
    const client = createHutongClient([localLink({ router: appRouter, createContext })]);
    expect((await client.decisions.decide.query(q)).status).toBe('open');
  });

  it('talks to a server under /trpc, tolerating a trailing slash, and batches over POST', async () => {
    const client = createHutongClient(remoteLinks({ url: `http://127.0.0.1:${port}/` }));
    const [a, b] = await Promise.all([
      client.decisions.decide.query(q),
      client.actors.get.query({ id: 'wechat' }),
    ]);
    expect(a.status).toBe('open');
    expect(b.actor.owner).toBe('tencent');
    expect(seen.at(-1)).toBe('POST /trpc/decisions.decide,actors.get');
  });
});
