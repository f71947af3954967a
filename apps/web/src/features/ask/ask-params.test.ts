import { describe, expect, it } from 'vitest';
import { checkQuestion, formFromSearch, searchFromForm } from './ask-params';

describe('Ask state in the query string', () => {
  it('round-trips a question through the query string', () => {
    const params = new URLSearchParams(
      'host=wechat&surface=private-chat&capability=link.open&target=taobao&at=2021-12-01',
    );
    const form = formFromSearch(params);
    expect(searchFromForm(form).toString()).toBe(params.toString());
  });

  it('lets a pasted link win over a chosen target', () => {
    const form = {
      ...formFromSearch(new URLSearchParams(), '2021-12-01'),
      target: 'jd',
      url: ' https://item.taobao.com/x ',
    };
    expect(searchFromForm(form).get('target')).toBeNull();
    expect(searchFromForm(form).get('url')).toBe('https://item.taobao.com/x');
  });
});

describe('checkQuestion (the domain Question schema)', () => {
  const base = formFromSearch(new URLSearchParams(), '2021-12-01');

  it('accepts a target or a link', () => {
    expect(checkQuestion({ ...base, target: 'taobao' }).ok).toBe(true);
    expect(checkQuestion({ ...base, url: 'https://taobao.com' }).ok).toBe(true);
  });

  it('puts each problem at its field', () => {
    const r = checkQuestion({ ...base, at: '2021-02-30', surface: 'lobby' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.at).toMatch(/day 30 does not exist/);
    expect(r.errors.surface).toBeDefined();
  });

  it('asks for a target or a link when neither is given', () => {
    const r = checkQuestion(base);
    expect(r.ok ? null : r.errors.target).toMatch(/exactly one/);
  });
});
