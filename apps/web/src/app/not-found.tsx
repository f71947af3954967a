import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../ui/page-header';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('state.notFound')} />
      <p>
        <Link to="/">{t('state.home')}</Link>
      </p>
    </>
  );
}
