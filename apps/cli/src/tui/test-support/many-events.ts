import { isoFromDay, Ledger } from '@hutong/domain';
import { specLedger } from '@hutong/domain/testing';

/** A ledger of `n` events spread over 2000–2025, every seventh about WeChat, the rest about Taobao. */
export function manyEvents(n: number): Ledger {
  const base = specLedger([]);
  const start = Date.UTC(2000, 0, 1) / 86_400_000;
  const events = Array.from({ length: n }, (_, i) => {
    const actor = i % 7 === 0 ? 'wechat' : 'taobao';
    return {
      id: `event-${String(i).padStart(5, '0')}`,
      date: isoFromDay(start + Math.floor((i * 9490) / n)),
      precision: 'day' as const,
      kind: i % 2 ? ('block' as const) : ('unblock' as const),
      title: { zh: `事件 ${i}`, en: `Event ${i} about ${actor}` },
      summary: { zh: '摘要', en: 'Summary' },
      actors: [actor],
      changes: [],
      confidence: 'confirmed' as const,
      sources: [{ source: 'spec-source', quote: `quote ${i}` }],
    };
  });
  return Ledger.parse({ ...base, events });
}
