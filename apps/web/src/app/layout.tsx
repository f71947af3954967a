import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { Loading } from '../ui/query-state';
import { GlossaryDescriptions } from '../ui/term';
import { LanguageSwitch } from './language-switch';
import { LedgerFooter } from './ledger-footer';
import { LiveIndicator } from './live-indicator';
import { useLiveRevisions } from './use-live-revisions';

const NAV = [
  ['/', 'nav.timeline'],
  ['/wall', 'nav.wall'],
  ['/ask', 'nav.ask'],
  ['/actors', 'nav.actors'],
  ['/sources', 'nav.sources'],
  ['/compliance', 'nav.compliance'],
  ['/diff', 'nav.diff'],
  ['/game', 'game.nav'],
  ['/edit', 'nav.edit'],
] as const;

export function Layout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const latestRevision = useLiveRevisions();
  // On a narrow screen the navigation folds behind a menu button, and folds again after a move.
  const [menu, setMenu] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenu(false), [pathname]);
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
        <nav aria-label={t('nav.label')} className={menu ? 'nav-open' : undefined}>
          <button
            type="button"
            className="menu-toggle secondary"
            aria-expanded={menu}
            aria-controls="nav-list"
            onClick={() => setMenu(!menu)}
          >
            {t('nav.menu')}
          </button>
          <ul id="nav-list">
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
      <GlossaryDescriptions />
    </div>
  );
}
