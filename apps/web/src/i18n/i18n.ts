import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang, messages } from './messages';

export const LANG_KEY = 'hutong.lang';

/** One i18next instance: the choice is remembered in localStorage, else taken from the browser. */
export function createI18n(lng?: Lang) {
  const instance = i18next.createInstance();
  if (!lng) instance.use(LanguageDetector);
  instance.use(initReactI18next).init({
    resources: { en: { translation: messages.en }, zh: { translation: messages.zh } },
    lng,
    supportedLngs: LANGS,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANG_KEY,
      caches: ['localStorage'],
    },
    initAsync: false,
  });
  const syncHtml = (l: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = l.startsWith('zh') ? 'zh-CN' : 'en';
  };
  syncHtml(instance.language);
  instance.on('languageChanged', syncHtml);
  return instance;
}

export const currentLang = (language: string | undefined): Lang => (language?.startsWith('zh') ? 'zh' : 'en');
