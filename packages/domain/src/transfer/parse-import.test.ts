import { describe, expect, it } from 'vitest';
import { linkRegulation, specLedger } from '../testing/ledger-fixture';
import { formatExport } from './format-export';
import { TransferFormat } from './import-row';
import { parseImport } from './parse-import';

const ledger = specLedger(
  [
    {
      id: 'b-opens',
      date: '2021-09-17',
      changes: [
        { host: 'wechat', surface: 'group-chat', capability: 'link.open', target: 'taobao', status: 'open' },
      ],
    },
    {
      id: 'a-blocks',
      date: '2013-07-01',
      changes: [
        { host: 'wechat', surface: '*', capability: 'link.open', target: 'alibaba', status: 'blocked' },
      ],
    },
  ],
  [linkRegulation()],
);
const where = (r: { problems: { line: number; field: string; message: string }[] }) =>
  r.problems.map((p) => `${p.line}: ${p.field}`);

describe('parseImport', () => {
  it.each(TransferFormat.options)(
    'reads back what formatExport wrote (%s), in kind-then-id order',
    (format) => {
      const text = formatExport(ledger, format);
      const { rows, problems } = parseImport(text, format);
      expect(problems).toEqual([]);
      expect(rows.map((r) => `${r.entity}/${r.body.id}`)).toEqual([
        ...['alibaba', 'jd', 'miit', 'qq', 'taobao', 'tencent', 'tmall', 'wechat', 'wechat-pay'].map(
          (id) => `actor/${id}`,
        ),
        'source/spec-source',
        'event/a-blocks',
        'event/b-opens',
        'regulation/link-rule',
      ]);
      expect(formatExport({ ...ledger, events: [] }, format)).not.toBe(text);
    },
  );

  it('reports validation progress up to the number of entities', () => {
    const text = formatExport(ledger, 'ndjson');
    const heard: [number, number][] = [];
    const { rows } = parseImport(text, 'ndjson', (done, total) => heard.push([done, total]));
    expect(heard[0]).toEqual([0, rows.length]);
    expect(heard.at(-1)).toEqual([rows.length, rows.length]);
  });

  it('numbers NDJSON problems by line and names every bad field of every bad line', () => {
    const good = formatExport(ledger, 'ndjson').split('\n');
    const badEvent = JSON.parse(good[10]!);
    badEvent.body.changes[0].target = 'Not An Id';
    badEvent.body.date = '2021-02-30';
    const text = [
      good[0],
      '',
      '{"entity":"platform","body":{}}',
      JSON.stringify(badEvent),
      '{oops',
      good[1],
      good[0],
    ].join('\n');
    const r = parseImport(text, 'ndjson');
    expect(where(r)).toEqual(['3: entity', '4: body.date', '4: body.changes.0.target', '5: ', '7: body.id']);
    expect(r.problems[1]!.message).toBe('day 30 does not exist in 2021-02 (it has 28 days)');
    expect(r.problems[4]!.message).toBe('actor "alibaba" is already on line 1');
    expect(r.rows.map((x) => x.line)).toEqual([1, 6]);
  });

  it('gives each JSON item the line it starts on', () => {
    const text = formatExport(ledger, 'json').replace('"date": "2021-09-17"', '"date": "2021-09-31"');
    const r = parseImport(text, 'json');
    expect(r.problems).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('"id": "b-opens"')) + 1;
    expect(r.problems[0]).toMatchObject({ line: line - 1, field: 'body.date' });
  });

  it('reports JSON that does not parse, and lists that are not entity kinds, with their lines', () => {
    expect(parseImport('{\n  "actors": [\n    {,\n  ]\n}', 'json').problems).toMatchObject([
      { line: 3, field: '' },
    ]);
    const r = parseImport('{\n  "actors": [],\n  "people": [\n    {}\n  ]\n}', 'json');
    expect(where(r)).toEqual(['4: people']);
  });

  it('checks the CSV header, the id column against the body, and the body JSON, row by row', () => {
    const lines = formatExport(ledger, 'csv').split('\n');
    expect(lines[0]).toBe('entity,id,body');
    const text = [
      lines[0],
      lines[1],
      lines[2]!.replace('jd,', 'jdx,'),
      'actor,zz,"{not json"',
      'actor,qq',
      lines[3],
    ].join('\n');
    const r = parseImport(text, 'csv');
    expect(where(r)).toEqual(['3: id', '4: body', '5: ']);
    expect(parseImport('kind,id,body\n', 'csv').problems[0]!.message).toMatch(
      /header must be entity,id,body/,
    );
  });

  it('reports a multi-line CSV record at the line it starts on', () => {
    const text = 'entity,id,body\nactor,x,"{""id"":""x"",\n""kind"":""moon""}"\n';
    expect(parseImport(text, 'csv').problems.map((p) => `${p.line}: ${p.field}`)).toContain('2: body.kind');
  });
});
