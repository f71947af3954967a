import { useTranslation } from 'react-i18next';

/** The API server's Atom feeds (packages/server/src/feeds), on the web app's own origin. */
export const feedPaths = {
  revisions: () => '/feeds/revisions.atom',
  actor: (id: string) => `/feeds/actor/${encodeURIComponent(id)}.atom`,
  crossing: (c: { host: string; surface: string; capability: string; target: string }) =>
    `/feeds/crossing.atom?${new URLSearchParams({ host: c.host, surface: c.surface, capability: c.capability, target: c.target })}`,
};

/**
 * A feed for this page: announced in the document head (React hoists a `<link>` there, and removes it
 * when the page goes), so a feed reader finds it, and offered as a visible link.
 */
export function FeedLink({ href, title }: { href: string; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={title} href={href} />
      <p className="feed-link">
        <a href={href} type="application/atom+xml">
          {t('feed.link')}
        </a>{' '}
        <span className="help">{title}</span>
      </p>
    </>
  );
}
