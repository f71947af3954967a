import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc/trpc';

export function LedgerFooter() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const stats = useQuery(trpc.ledger.stats.queryOptions());
  return (
    <footer className="site-footer">
      <p>{stats.data ? t('app.footer', stats.data) : '\u00a0'}</p>
    </footer>
  );
}
