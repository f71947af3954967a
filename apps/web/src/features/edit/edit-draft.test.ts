import { describe, expect, it } from 'vitest';
import { draftFromEvent } from './draft-from-event';
import { checkEdit, type Draft, emptyDraft } from './edit-draft';

const filled = (): Draft => {
  const d = emptyDraft();
  Object.assign(d.fields, {
    id: '2021-11-29-wechat-opens-private-chat-links',
    date: '2021-11-29',
    kind: 'unblock',
    confidence: 'confirmed',
    'title.zh': '微信私聊可打开外链',
    'title.en': 'WeChat opens links in private chats',
    'summary.zh': '摘要',
    'summary.en': 'Summary',
    actors: 'wechat, taobao',
    'changes.0.host': 'wechat',
    'changes.0.surface': 'private-chat',
    'changes.0.target': 'taobao',
    'sources.0.source': 'zimubang-2021-11-30',
    'sources.0.quote': '用户在点对点聊天场景',
    author: 'editor',
    reason: 'recorded from the article',
  });
  return d;
};

describe('the edit form, checked by the domain Edit schema', () => {
  it('accepts a complete event', () => {
    const r = checkEdit(filled());
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.edit.body).toMatchObject({
        actors: ['wechat', 'taobao'],
        changes: [{ coverage: 'all', friction: [] }],
      });
  });

  it('puts each problem at the field that caused it', () => {
    const d = filled();
    Object.assign(d.fields, {
      date: '2021-02-30',
      'changes.0.host': 'WeChat',
      'sources.0.quote': '',
      reason: ' ',
    });
    const r = checkEdit(d);
    expect(r.ok ? {} : r.errors).toMatchObject({
      date: expect.stringMatching(/day 30 does not exist/),
      'changes.0.host': expect.stringMatching(/kebab-case/),
      'sources.0.quote': 'a citation needs a verbatim quote',
      reason: 'say why the edit was made',
    });
  });

  it('reloads a stored event as an amendment that keeps what the form does not show', () => {
    const r = checkEdit(filled());
    if (!r.ok || r.edit.entity !== 'event' || !r.edit.body) throw new Error('expected a valid event');
    const stored = { ...r.edit.body, regulation: 'miit-2021-link-blocking' };
    const d = draftFromEvent(stored, 7, { author: 'me' });
    d.fields['title.en'] = 'WeChat opens links in private chats, at last';
    d.fields.reason = 'a better title';
    const amended = checkEdit(d);
    expect(amended.ok && amended.edit).toMatchObject({
      action: 'amend',
      baseRevision: 7,
      author: 'me',
      body: { regulation: 'miit-2021-link-blocking', title: { en: /at last/ } },
    });
  });
});
