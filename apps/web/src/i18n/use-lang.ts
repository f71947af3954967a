import type { Localized } from '@hutong/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from './i18n';
import type { Lang } from './messages';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return currentLang(i18n.resolvedLanguage ?? i18n.language);
}

/** Picks the current language's side of a ledger `{ zh, en }` text. */
export function useLocalized() {
  const lang = useLang();
  return useCallback((text: Localized | undefined) => (text ? text[lang] : ''), [lang]);
}
