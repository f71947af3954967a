import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LANG_KEY } from '../i18n/i18n';
import { renderRoute } from '../test-support/render-app';

describe('language switch', () => {
  beforeEach(() => localStorage.setItem(LANG_KEY, 'en'));

  it('switches to Chinese, ledger text included, and remembers the choice', async () => {
    renderRoute('/', { detect: true });
    expect(await screen.findByRole('article', { name: 'WeChat blocks Taobao links' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Switch to Chinese/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '时间线' })).toBeTruthy();
    expect(screen.getByRole('article', { name: '微信屏蔽淘宝链接' })).toBeTruthy();
    expect(localStorage.getItem(LANG_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
