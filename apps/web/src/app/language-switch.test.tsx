import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LANG_KEY } from '../i18n/i18n';
import { renderRoute } from '../test-support/render-app';

describe('language switch', () => {
  beforeEach(() => localStorage.setItem(LANG_KEY, 'en'));

  it('switches to Chinese, ledger text included, and remembers the choice', async () => {
    renderRoute('/', { detect: true });
    expect(await screen.findAllByRole('article', { name: 'WeChat blocks Taobao links' })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: /Switch to Chinese/ }));
    expect(await screen.findAllByRole('heading', { level: 1, name: '时间线' })).toHaveLength(1);
    expect(screen.queryAllByRole('article', { name: '微信屏蔽淘宝链接' })).toHaveLength(1);
    expect(localStorage.getItem(LANG_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
