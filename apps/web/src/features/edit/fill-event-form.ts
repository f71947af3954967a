import { fireEvent, screen } from '@testing-library/react';

/** A new event that the domain schemas accept, by the form's English labels. */
export const NEW_EVENT: Record<string, string> = {
  Id: '2021-12-01-wechat-opens-taobao-links-in-moments',
  Date: '2021-12-01',
  'Title (Chinese)': '朋友圈可打开淘宝链接',
  'Title (English)': 'Taobao links open in WeChat Moments',
  'Summary (Chinese)': '摘要',
  'Summary (English)': 'A test event.',
  'Actors involved': 'wechat, taobao',
  Host: 'wechat',
  Target: 'taobao',
  'Source id': 'zimubang-2021-11-29-wechat-goldmine',
  'Quote (verbatim)': '微信',
  'Your name': 'test editor',
  'Why this edit': 'a component test',
};

/** Types each value into the field with that label (all at once, as a paste would). */
export function fillEventForm(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values))
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
}
