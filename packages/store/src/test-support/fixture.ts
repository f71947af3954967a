import { type ActorInput, type EventInput, Ledger } from '@hutong/domain';
import { linkRegulation, openingEvent } from '@hutong/domain/testing';

const source = {
  id: 'fixture-source',
  title: 'A fixture article',
  publisher: 'hutong tests',
  date: '2021-09-17',
  language: 'en',
} as const;

/** A platform actor; `overrides` change any field. */
export function actor(id: string, overrides: Partial<ActorInput> = {}): ActorInput {
  return { id, kind: 'platform', name: { zh: id, en: id }, hosts: [`${id}.example.com`], ...overrides };
}

/** A confirmed event opening `host`'s group chat to `target`'s links on `date`. */
export function event(id: string, host: string, target: string, date: string): EventInput {
  return openingEvent(id, host, target, date, { surface: 'group-chat', source: source.id });
}

/** Two platforms, their owners, a regulator, one source, two events, a regulation and a figure. */
export function smallLedger(): Ledger {
  return Ledger.parse({
    actors: [
      actor('tencent', { kind: 'company', hosts: ['tencent.com'] }),
      actor('wechat', { owner: 'tencent', hosts: ['weixin.qq.com'] }),
      actor('alibaba', { kind: 'company', hosts: ['alibaba.com'] }),
      actor('taobao', { owner: 'alibaba', hosts: ['taobao.com'], aliases: ['淘宝'] }),
      actor('miit', { kind: 'regulator', hosts: [] }),
    ],
    sources: [source],
    events: [
      event('2021-09-17-wechat-opens', 'wechat', 'taobao', '2021-09-17'),
      event('2021-11-01-taobao-opens', 'taobao', 'wechat', '2021-11-01'),
    ],
    regulations: [
      linkRegulation({ id: 'miit-2021-links', sources: [{ source: source.id, quote: 'stop blocking' }] }),
    ],
    figures: [
      {
        id: 'wechat-mau-2021',
        actor: 'wechat',
        metric: 'mau',
        label: { zh: '月活', en: 'Monthly active users' },
        value: 1_260_000_000,
        unit: 'users',
        date: '2021-09-30',
        precision: 'day',
        source: { source: source.id, quote: '1.26 billion' },
      },
    ],
  });
}

/** `n` actors and `n` events between them, the size of the curated seed. */
export function largeLedger(n: number): Ledger {
  const ids = Array.from({ length: n }, (_, i) => `platform-${i}`);
  return Ledger.parse({
    actors: ids.map((id) => actor(id)),
    sources: [source],
    events: ids.map((id, i) =>
      event(`event-${i}`, id, ids[(i + 1) % n]!, `2021-${String((i % 12) + 1).padStart(2, '0')}-15`),
    ),
  });
}
