import { LEDGER_EPOCH, todayIso } from '@hutong/domain';
import { wallSummary } from '@hutong/domain/plain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { PageHeader } from '../../ui/page-header';
import { ErrorNotice, Loading } from '../../ui/query-state';
import { CellExplanation } from './cell-explanation';
import { DateSlider } from './date-slider';
import { monthSteps, stepIndex } from './month-steps';
import { usePlay } from './use-play';
import { useVisibleWall } from './use-visible-wall';
import { useWallData } from './use-wall-data';
import { WallBoard } from './wall-board';
import { WallControls } from './wall-controls';
import { WallLegend } from './wall-legend';
import { searchFromWallSettings, wallSettingsFromSearch } from './wall-settings';
import { WallSummaryLine } from './wall-summary-line';

export function WallMapPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const settings = wallSettingsFromSearch(params);
  const steps = useMemo(() => monthSteps(LEDGER_EPOCH, todayIso()), []);
  const [index, setIndex] = useState(() => stepIndex(steps, settings.at ?? steps.at(-1)!));
  const [playing, setPlaying] = useState(false);
  const [open, setOpen] = useState<{ host: string; target: string } | null>(null);
  const at = steps[index]!;
  const wall = useWallData(settings, at);
  usePlay(playing, index, steps.length - 1, setIndex, () => setPlaying(false));
  useEffect(() => {
    if (playing && index + 1 < steps.length) wall.prefetch(steps[index + 1]!);
  }, [playing, index, steps, wall.prefetch]);
  // The date reaches the address bar once the slider rests, so a view can be shared.
  useEffect(() => {
    if (playing || settings.at === at) return;
    const timer = setTimeout(
      () => setParams(searchFromWallSettings({ ...settings, at }), { replace: true }),
      300,
    );
    return () => clearTimeout(timer);
  }, [at, playing, settings, setParams]);
  const caption = t('wall.grid', {
    capability: vocab('capability', settings.capability),
    surface: vocab('surface', settings.surface),
    date: formatDate(at, 'day', lang),
  });
  const failed = [wall.matrix, ...wall.sources].find((q) => q.isError);
  const full = useMemo(
    () => ({ rows: wall.rows, cols: wall.cols, cells: wall.cells }),
    [wall.rows, wall.cols, wall.cells],
  );
  const shown = useVisibleWall(full, settings.empty === 'hide');
  const summary = useMemo(() => wallSummary(full), [full]);
  return (
    <>
      <PageHeader title={t('wall.title')} intro={t('wall.intro')} />
      <WallControls
        settings={{ ...settings, at }}
        onChange={(s) => setParams(searchFromWallSettings(s), { replace: true })}
      />
      <DateSlider
        steps={steps}
        index={index}
        onChange={(i) => {
          setPlaying(false);
          setIndex(i);
        }}
        playing={playing}
        onTogglePlay={() => {
          if (!playing && index >= steps.length - 1) setIndex(0);
          setPlaying(!playing);
        }}
      />
      <p className="help">
        {t('wall.hint')}{' '}
        <span className="updating" role="status">
          {wall.matrix.isFetching ? t('wall.updating') : ''}
        </span>
      </p>
      <div className="wall-layout">
        <div className="wall-main">
          {failed ? (
            <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />
          ) : wall.ready ? (
            <>
              <WallSummaryLine
                summary={summary}
                at={at}
                surface={vocab('surface', settings.surface)}
                hidden={shown.hidden}
                name={wall.name}
              />
              <WallBoard
                rows={shown.rows}
                cols={shown.cols}
                cells={shown.cells}
                caption={caption}
                onOpen={(r, c) => setOpen({ host: shown.rows[r]!.id, target: shown.cols[c]!.id })}
              />
            </>
          ) : (
            <Loading />
          )}
        </div>
        <WallLegend />
      </div>
      {open ? (
        <CellExplanation
          key={`${open.host}|${open.target}`}
          title={`${wall.name(open.host)} → ${wall.name(open.target)}`}
          question={{ ...open, surface: settings.surface, capability: settings.capability, at }}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
