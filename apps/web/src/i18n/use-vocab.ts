import { useCallback } from 'react';
import { messages } from './messages';
import { useLang } from './use-lang';
import type { vocabEn } from './vocab-en';

export type VocabGroup = keyof typeof vocabEn;

/** The label of a vocabulary id (`vocab('status', 'open')`) in the current language; unknown ids pass through. */
export function useVocab() {
  const lang = useLang();
  return useCallback(
    <G extends VocabGroup>(group: G, id: string): string =>
      (messages[lang].vocab[group] as Record<string, string>)[id] ?? id,
    [lang],
  );
}
