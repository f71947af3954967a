/** The BCP 47 tag to mark a source's own text with (titles, quotes), from the ledger's language id. */
export const htmlLang = (language: string) =>
  language === 'en' ? 'en' : language === 'zh-Hant' ? 'zh-TW' : 'zh-CN';
