import { IsoDate } from '@hutong/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  ids: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean };
  name?: string;
  value: string;
  /** Every edit, as typed or picked: YYYY-MM-DD from the picker, anything from the keyboard. */
  onChange: (text: string) => void;
}

/**
 * A date typed as YYYY-MM-DD (the page's, the URL's and the CLI's form) beside a button opening the
 * browser's own date picker. The picker is a real `<input type="date">`, kept out of sight: shown,
 * it would write the day in the browser's locale (mm/dd/yyyy) beside the page's "15 Oct 2021".
 */
export function DateInput({ ids, name, value, onChange }: Props) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const open = () => {
    const el = picker.current;
    if (!el) return;
    try {
      el.showPicker();
    } catch {
      // A browser without showPicker (or refusing it) still gets the native control's own click.
      el.focus();
      el.click();
    }
  };
  return (
    <span className="date-input">
      <input
        {...ids}
        name={name}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        pattern={'\\d{4}-\\d{2}-\\d{2}'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <button
        type="button"
        className="date-pick"
        aria-label={t('state.pickDate')}
        title={t('state.pickDate')}
        onClick={open}
      >
        <span aria-hidden="true">📅</span>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-picker-native"
        tabIndex={-1}
        aria-hidden="true"
        aria-label={t('state.pickDate')}
        value={IsoDate.safeParse(value).success ? value : ''}
        onChange={(e) => {
          if (e.target.value) onChange(e.target.value);
        }}
      />
    </span>
  );
}
