import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, issueField, issuePath, withSuggestions } from './describe';
import { DomainError } from './domain-error';

const Question = z.object({ host: z.string(), at: z.object({ day: z.number() }) });
const issues = Question.safeParse({ host: 1, at: { day: 'x' } }).error?.issues ?? [];

describe('one text form for schema issues', () => {
  it('names each issue by its dotted path', () => {
    expect(issues.map(issuePath)).toEqual(['host', 'at.day']);
    expect(describeIssues(issues)).toMatch(/^host: .+; at\.day: .+$/);
  });

  it('lists the first few when asked, and names a whole-value issue by its root', () => {
    expect(describeIssues(issues, { limit: 1 })).not.toContain('at.day');
    const whole = z.object({}).safeParse('no').error?.issues ?? [];
    expect(describeIssues(whole, { root: 'question' })).toMatch(/^question: /);
    expect(describeIssues(whole)).toBe(whole[0]?.message);
  });

  it('places paths below the value’s own place in a larger input', () => {
    expect(issues.map((i) => issueField(i, 'edits.0'))).toEqual(['edits.0.host', 'edits.0.at.day']);
    expect(describeIssues(issues, { at: 'edits.0', limit: 1 })).toMatch(/^edits\.0\.host: /);
    const whole = z.string().safeParse(1).error?.issues ?? [];
    expect(describeIssues(whole, { at: 'id' })).toMatch(/^id: /);
  });
});

describe('withSuggestions', () => {
  it('adds "did you mean" only when there are suggestions', () => {
    expect(
      withSuggestions(new DomainError('not-found', 'unknown actor "taobo"', 'target', ['taobao', 'tmall'])),
    ).toBe('unknown actor "taobo" — did you mean taobao, tmall?');
    expect(withSuggestions(new DomainError('not-found', 'unknown actor "x"'))).toBe('unknown actor "x"');
  });
});
