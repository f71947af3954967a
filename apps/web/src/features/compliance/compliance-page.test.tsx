import { ongoingBreach } from '@hutong/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Compliance page', () => {
  it('says an unended breach in the wording the CLI and terminal UI use too', async () => {
    renderRoute('/compliance?at=2021-10-15');
    expect(await screen.findByText(ongoingBreach.en)).toBeTruthy();
  });

  it('says it in Chinese too', async () => {
    renderRoute('/compliance?at=2021-10-15', { lang: 'zh' });
    expect(await screen.findByText(ongoingBreach.zh)).toBeTruthy();
  });
});
