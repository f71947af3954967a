import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';

interface Props {
  steps: readonly string[];
  index: number;
  onChange: (index: number) => void;
  playing: boolean;
  onTogglePlay: () => void;
}

/** The date as a slider over monthly stops, with play to watch the walls come down. */
export function DateSlider({ steps, index, onChange, playing, onTogglePlay }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const date = steps[index] ?? '';
  const text = formatDate(date, index === steps.length - 1 ? 'day' : 'month', lang);
  return (
    <div className="date-slider">
      <button type="button" className="play" aria-pressed={playing} onClick={onTogglePlay}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t('wall.pause') : t('wall.play')}
      </button>
      <label htmlFor={id}>{t('wall.date')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        aria-valuetext={text}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id} className="slider-date">
        {text}
      </output>
      <span className="slider-ends" aria-hidden="true">
        {steps[0]?.slice(0, 4)} – {steps.at(-1)?.slice(0, 4)}
      </span>
    </div>
  );
}
