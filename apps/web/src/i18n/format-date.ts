import type { Lang } from './messages';

type Precision = 'day' | 'month' | 'year';

const formats: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  year: { year: 'numeric' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A ledger date shown no more precisely than it is known: `2013-11-01` at month precision is "Nov 2013". */
export function formatDate(iso: string, precision: Precision, lang: Lang): string {
  const key = `${lang}|${precision}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      ...formats[precision],
      timeZone: 'UTC',
    });
    cache.set(key, fmt);
  }
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? iso : fmt.format(ms);
}
