import { wechatTaobao } from '@hutong/domain/testing';
import { parseAtomFeed } from 'feedsmith';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';
import { flagsOf } from '../test-support/question-flags';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const crossing = flagsOf(wechatTaobao);
const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
  links?.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href;

describe('hutong feed', () => {
  it("gives a crossing's status changes as Atom, each entry linking to its deciding event's page", () => {
    const r = hutong('feed', 'crossing', ...crossing);
    expect(r.code).toBe(0);
    const feed = parseAtomFeed(r.stdout);
    expect(feed.id).toBe('urn:hutong:feed:crossing:wechat:private-chat:link.open:taobao');
    const links = (feed.entries ?? []).map((e) => alternate(e.links));
    expect(links).toContain('http://127.0.0.1:3000/events/2021-11-29-wechat-opens-private-chat-links');
    const opened = feed.entries?.find((e) => e.title?.value?.includes('→ open'));
    expect(opened?.updated).toBe('2021-11-29T00:00:00.000Z');
  });

  it('links to the web app named by --base, and lists the latest revisions', () => {
    const feed = parseAtomFeed(hutong('feed', 'revisions', '--base', 'https://hutong.example/').stdout);
    expect(feed.entries?.length).toBeGreaterThan(0);
    expect(feed.entries?.[0]?.id).toMatch(/^urn:hutong:revision:\d+$/);
    expect(alternate(feed.links)).toMatch(/^https:\/\/hutong\.example\//);
  });

  it('follows an actor, and exits 2 with the closest ids on an unknown one or a missing kind', () => {
    const feed = parseAtomFeed(hutong('feed', 'actor', 'wechat').stdout);
    expect(feed.title?.value).toMatch(/WeChat|wechat/);
    expect(feed.entries?.length).toBeGreaterThan(0);
    const bad = hutong('feed', 'actor', 'wechatt');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown actor "wechatt" — did you mean wechat/);
    const none = hutong('feed');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/feed needs what to follow: revisions, crossing, actor/);
  });
});
