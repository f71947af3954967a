import { describe, expect, it } from 'vitest';
import { dayMs, historyChartData, type Segment } from './history-steps';

const seg = (s: Partial<Segment> & Pick<Segment, 'from' | 'to' | 'status'>): Segment => ({
  basis: 'direct',
  rule: null,
  events: [],
  ...s,
});

describe('historyChartData', () => {
  const segments = [
    seg({ from: '2013-11-01', to: '2021-11-28', status: 'blocked', events: ['a'] }),
    seg({
      from: '2021-11-29',
      to: null,
      status: 'partial',
      events: ['b'],
      uncertain: {
        from: '2021-11-01',
        to: '2021-11-30',
        before: 'blocked',
        after: 'partial',
        rule: {
          id: 'r',
          host: 'wechat',
          surface: '*',
          capability: 'link.open',
          target: 'taobao',
          status: 'partial',
          friction: [],
          coverage: 'trial',
          event: 'b',
          date: '2021-11-01',
          precision: 'month',
          confidence: 'reported',
        },
      },
    }),
  ];
  const data = historyChartData(segments, '2013-01-01', '2026-12-01');

  it('steps from each segment start and carries the last status to the end', () => {
    expect(data.points.map((p) => p.status)).toEqual(['unknown', 'blocked', 'partial', 'partial']);
    expect(data.points[0]!.x).toBe(dayMs('2012-01-01'));
    expect(data.points[1]!.x).toBe(dayMs('2013-11-01'));
    expect(data.points.at(-1)!.x).toBe(dayMs('2026-12-01'));
    expect(data.points[2]!.level).toBeGreaterThan(data.points[1]!.level);
  });

  it('shades each uncertainty window through its last day, and marks the events', () => {
    expect(data.windows).toEqual([{ x1: dayMs('2021-11-01'), x2: dayMs('2021-12-01') }]);
    expect(data.events.map((e) => e.ids)).toEqual([['a'], ['b']]);
  });

  it('puts mixed between blocked and partial only on a chart that has it', () => {
    expect(data.levels).not.toContain('mixed');
    const broad = historyChartData(
      [
        seg({ from: '2013-11-01', to: '2021-09-16', status: 'blocked' }),
        seg({ from: '2021-09-17', to: null, status: 'mixed' }),
      ],
      '2013-01-01',
      '2026-12-01',
    );
    expect(broad.levels).toEqual(['unknown', 'blocked', 'mixed', 'partial', 'friction', 'open']);
    expect(broad.points.map((p) => broad.levels[p.level])).toEqual(['unknown', 'blocked', 'mixed', 'mixed']);
  });

  it('has nothing to draw for a crossing with no record', () => {
    expect(historyChartData([], '2013-01-01', '2026-12-01').points).toEqual([]);
  });

  it('starts on 1 January of the ledger’s first year, with evenly spaced year ticks', () => {
    const span = historyChartData(segments, '2008-09-16', '2026-12-07');
    expect(span.domain[0]).toBe(dayMs('2008-01-01'));
    const years = span.ticks.map((x) => new Date(x).getUTCFullYear());
    expect(years).toEqual([2008, 2012, 2016, 2020, 2024]);
  });
});
