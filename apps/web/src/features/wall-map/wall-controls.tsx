import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPABILITIES, SURFACES } from '../../i18n/vocab-options';
import { Field } from '../../ui/field';
import { VocabSelect } from '../../ui/vocab-select';
import type { WallSettings } from './wall-settings';

export function WallControls({
  settings,
  onChange,
}: {
  settings: WallSettings;
  onChange: (s: WallSettings) => void;
}) {
  const { t } = useTranslation();
  // The box answers the click at once; the address, and with it `settings`, follows after the
  // router's navigation (a controlled box would spring back until then).
  const [hide, setHide] = useState(settings.empty === 'hide');
  useEffect(() => setHide(settings.empty === 'hide'), [settings.empty]);
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <VocabSelect
        label={t('wall.capability')}
        group="capability"
        options={CAPABILITIES}
        value={settings.capability}
        onChange={(v) => v && onChange({ ...settings, capability: v })}
      />
      <VocabSelect
        label={t('wall.surface')}
        group="surface"
        options={SURFACES}
        value={settings.surface}
        onChange={(v) => v && onChange({ ...settings, surface: v })}
      />
      <Field label={t('wall.targets')}>
        {(ids) => (
          <select
            {...ids}
            value={settings.axis}
            onChange={(e) =>
              onChange({ ...settings, axis: e.target.value === 'companies' ? 'companies' : 'platforms' })
            }
          >
            <option value="platforms">{t('wall.platforms')}</option>
            <option value="companies">{t('wall.companies')}</option>
          </select>
        )}
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={hide}
          onChange={(e) => {
            setHide(e.target.checked);
            onChange({ ...settings, empty: e.target.checked ? 'hide' : 'show' });
          }}
        />{' '}
        {t('wall.hideEmpty')}
      </label>
    </form>
  );
}
