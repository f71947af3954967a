import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang';

/** One button flips zh ⇄ en; i18next's detector remembers the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  return (
    <button
      type="button"
      className="language-switch"
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      aria-label={`${t('app.switchLanguage')} (${t('app.switchLanguageLabel')})`}
      onClick={() => void i18n.changeLanguage(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('app.switchLanguage')}
    </button>
  );
}
