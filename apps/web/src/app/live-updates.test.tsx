import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test-support/render-app';
import { testRuntimePerSuite } from '../test-support/test-runtime';

describe('live updates', () => {
  const runtime = testRuntimePerSuite();

  it('shows an event recorded elsewhere without a reload, and says the page was updated', async () => {
    renderRoute('/', { runtime: runtime() });
    const count = await screen.findByText(/^\d+ events$/);
    // The footer's revision: the feed follows from there.
    await screen.findByText(/revision \d+$/);
    const before = Number(count.textContent?.match(/\d+/)?.[0]);
    const [landed] = await runtime().store.append([
      {
        entity: 'event',
        action: 'record',
        id: '2021-12-02-live-update-test',
        author: 'another editor',
        reason: 'recorded elsewhere',
        body: {
          id: '2021-12-02-live-update-test',
          date: '2021-12-02',
          precision: 'day',
          kind: 'statement',
          confidence: 'reported',
          title: { zh: '别处记录的事件', en: 'An event recorded elsewhere' },
          summary: { zh: '摘要', en: 'Summary' },
          actors: ['wechat'],
          sources: [{ source: 'zimubang-2021-11-29-wechat-goldmine', quote: '微信' }],
        },
      },
    ]);
    expect(await screen.findAllByRole('article', { name: 'An event recorded elsewhere' })).toHaveLength(1);
    expect(screen.queryAllByText(`${before + 1} events`)).toHaveLength(1);
    expect(await screen.findAllByText(`Updated · revision ${landed!.revision}`)).toHaveLength(1);
  });
});
