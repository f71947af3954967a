import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { ErrorNotice, Loading } from '../../ui/query-state';
import { WallBoard } from '../wall-map/wall-board';
import { useWhatIfWall } from './use-what-if-wall';

const ignore = () => {};

/** The wall map twice on one date, as the ledger has it and as the what-if would. */
export function WhatIfWalls({ without, at }: { without: readonly string[]; at: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { query, views } = useWhatIfWall(without, at);
  if (query.isError) return <ErrorNotice error={query.error} retry={() => void query.refetch()} />;
  if (!views) return <Loading />;
  return (
    <section className="what-if-walls" aria-labelledby="what-if-wall">
      <h3 id="what-if-wall">{t('whatIf.wall', { date: formatDate(at, 'day', lang) })}</h3>
      {/* No second count: the panel's one count is of crossings; this grid asks each platform apart. */}
      <p className="help what-if-wall-help">{t('whatIf.wallHelp')}</p>
      <div className="what-if-wall-pair">
        <div>
          <h4>{t('whatIf.wallLedger')}</h4>
          <WallBoard {...views.baseline} caption={t('whatIf.wallLedger')} onOpen={ignore} />
        </div>
        <div>
          <h4>{t('whatIf.wallCounterfactual')}</h4>
          <WallBoard {...views.counterfactual} caption={t('whatIf.wallCounterfactual')} onOpen={ignore} />
        </div>
      </div>
    </section>
  );
}
