import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useQueryParams } from './use-query-params';

const setting = (key: string, value: string) => (p: URLSearchParams) => {
  p.set(key, value);
  return p;
};

describe('useQueryParams', () => {
  it('lets two changes made before a render both land', async () => {
    let update: ReturnType<typeof useQueryParams>[1] = () => {};
    const Probe = () => {
      update = useQueryParams()[1];
      return null;
    };
    const router = createMemoryRouter([{ path: '/', Component: Probe }], { initialEntries: ['/?a=1'] });
    render(<RouterProvider router={router} />);
    await act(async () => {
      update(setting('actor', 'wechat'), { replace: true });
      update(setting('kind', 'block'), { replace: true });
    });
    expect(router.state.location.search).toBe('?a=1&actor=wechat&kind=block');
  });
});
