import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { Loading } from '../ui/query-state';
import { LanguageSwitch } from './language-switch';
import { LedgerFooter } from './ledger-footer';
import { LiveIndicator } from './live-indicator';
import { useLiveRevisions } from './use-live-revisions';

const NAV = [
  ['/', 'nav.timeline'],
  ['/wall', 'nav.wall'],
  ['/ask', 'nav.ask'],
  ['/actors', 'nav.actors'],
  ['/compliance', 'nav.compliance'],
  ['/diff', 'nav.diff'],
  ['/edit', 'nav.edit'],
] as const;

export function Layout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const latestRevision = useLiveRevisions();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          <span lang="zh-CN">互通</span> <span className="brand-latin">hutong</span>
        </NavLink>
        <p className="tagline">{t('app.tagline')}</p>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map(([to, key]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LiveIndicator revision={latestRevision} />
        <LanguageSwitch />
      </header>
      {navigation.state === 'loading' ? <div className="route-progress" aria-hidden="true" /> : null}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <LedgerFooter />
    </div>
  );
}
