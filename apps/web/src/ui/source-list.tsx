import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/use-lang';
import { DateText } from './date-text';
import { ExternalLink } from './external-link';

type CitedSource = RouterOutputs['events']['get']['sources'][number];

const quoteLang = (s: CitedSource) =>
  s.record?.language === 'en' ? 'en' : s.record?.language === 'zh-Hant' ? 'zh-TW' : 'zh-CN';

/** Each citation: the article (title, publisher, date) and the short verbatim quote it supports. */
export function SourceList({ sources }: { sources: readonly CitedSource[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <ol className="sources">
      {sources.map((s, i) => (
        <li key={`${s.source}-${i}`} className="source">
          <blockquote lang={quoteLang(s)}>
            <p>{s.quote}</p>
          </blockquote>
          <p className="source-meta">
            —{' '}
            {s.record ? (
              <>
                <cite>
                  <ExternalLink href={s.record.url}>{s.record.title}</ExternalLink>
                </cite>
                , {s.record.publisher}
                {s.record.author ? `, ${t('event.by', { author: s.record.author })}` : ''},{' '}
                <DateText date={s.record.date} />
              </>
            ) : (
              <cite>{s.source}</cite>
            )}
          </p>
          {s.note ? (
            <p className="source-note">
              <strong>{t('event.note')}:</strong> {l(s.note)}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
