import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink, safeHref } from './external-link';

describe('ExternalLink', () => {
  it('links only http(s) addresses', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref(['javascript', 'alert(1)'].join(':'))).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });

  it('leaves anything else as plain text', () => {
    const unsafe = ['javascript', 'alert(1)'].join(':');
    render(<ExternalLink href={unsafe}>title</ExternalLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryAllByText('title')).toHaveLength(1);
  });
});
