import { formatDate } from '../i18n/format-date';
import { useLang } from '../i18n/use-lang';

export function DateText({
  date,
  precision = 'day',
}: {
  date: string;
  precision?: 'day' | 'month' | 'year';
}) {
  const lang = useLang();
  return (
    <time dateTime={precision === 'day' ? date : date.slice(0, precision === 'month' ? 7 : 4)}>
      {formatDate(date, precision, lang)}
    </time>
  );
}
