import type { WallCell } from '@hutong/domain';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-support/render-app';
import { WallBoard } from './wall-board';

const rows = [
  { id: 'wechat', label: 'WeChat', camp: 'tencent', campLabel: 'Tencent' },
  { id: 'taobao', label: 'Taobao', camp: 'alibaba', campLabel: 'Alibaba' },
];
const cols = [
  { id: 'taobao', label: 'Taobao', camp: 'alibaba', campLabel: 'Alibaba' },
  { id: 'wechat', label: 'WeChat', camp: 'tencent', campLabel: 'Tencent' },
];
const cells: WallCell[] = [
  { status: 'blocked', since: '2013-11-01', self: false },
  { status: 'unknown', since: null, self: true },
  { status: 'unknown', since: null, self: true },
  { status: 'open', since: null, self: false },
];

describe('WallBoard', () => {
  it('names each cell with its status and since-when', () => {
    renderWithProviders(<WallBoard rows={rows} cols={cols} cells={cells} caption="grid" onOpen={() => {}} />);
    expect(
      screen.queryAllByRole('gridcell', { name: 'WeChat → Taobao: blocked, since 1 Nov 2013' }),
    ).toHaveLength(1);
    expect(
      screen.queryAllByRole('gridcell', { name: 'Taobao → WeChat: open, as far back as recorded' }),
    ).toHaveLength(1);
    expect(screen.queryAllByRole('gridcell', { name: 'WeChat → WeChat: same actor' })).toHaveLength(1);
  });

  it('has one tab stop and moves it with the arrow keys', async () => {
    renderWithProviders(<WallBoard rows={rows} cols={cols} cells={cells} caption="grid" onOpen={() => {}} />);
    const first = screen.getByRole('gridcell', { name: /WeChat → Taobao/ });
    expect(screen.getAllByRole('gridcell').filter((b) => b.tabIndex === 0)).toEqual([first]);
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Taobao → WeChat/);
  });

  it('shows a tooltip on hover and explains a cell on click, but not a self cell', async () => {
    const onOpen = vi.fn();
    renderWithProviders(<WallBoard rows={rows} cols={cols} cells={cells} caption="grid" onOpen={onOpen} />);
    const cell = screen.getByRole('gridcell', { name: /WeChat → Taobao/ });
    fireEvent.mouseOver(cell);
    expect(document.querySelector('.cell-tooltip')?.textContent).toContain('since 1 Nov 2013');
    await userEvent.click(cell);
    await userEvent.click(screen.getByRole('gridcell', { name: /WeChat → WeChat/ }));
    expect(onOpen.mock.calls).toEqual([[0, 0]]);
  });
});
