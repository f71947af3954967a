import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHutongClient, remoteLinks } from '@hutong/client';
import { describe, expect, it } from 'vitest';
import { closedPort } from '../test-support/closed-port';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { describeError } from './remote-error';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a failure'),
    (e: unknown) => e,
  );

describe('describeError', () => {
  it('says a server cannot be reached, without a stack trace', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const err = await failure(createHutongClient(remoteLinks({ url })).actors.list.query());
    expect(describeError(err, url)).toBe(`cannot reach the hutong server at ${url} (connection refused)`);
  });

  it('says when something that is not a hutong server answers', async () => {
    const server = createServer((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const err = await failure(createHutongClient(remoteLinks({ url })).actors.list.query());
      const text = describeError(err, url);
      expect(text.startsWith(url)).toBe(true);
      expect(text).not.toMatch(/\n\s+at /);
    } finally {
      server.close();
    }
  });

  it('passes a bad question’s message through as the server words it', async () => {
    const client = clientOver(wallsLedger());
    const err = await failure(
      client.decisions.decide.query({
        host: 'wechat',
        surface: '*',
        capability: 'link.open',
        target: 'taobo',
        at: '2021-01-01',
      }),
    );
    expect(describeError(err, 'test')).toMatch(/^target: unknown actor "taobo" — did you mean taobao/);
  });
});
