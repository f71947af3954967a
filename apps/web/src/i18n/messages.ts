import { blameEn } from './blame-en';
import { blameZh } from './blame-zh';
import { editEn } from './edit-en';
import { editZh } from './edit-zh';
import { gameEn } from './game-en';
import { gameZh } from './game-zh';
import { uiEn } from './ui-en';
import { uiZh } from './ui-zh';
import { vocabEn } from './vocab-en';
import { vocabZh } from './vocab-zh';

export const messages = {
  en: { ...uiEn, blame: blameEn, edit: editEn, game: gameEn, vocab: vocabEn },
  zh: { ...uiZh, blame: blameZh, edit: editZh, game: gameZh, vocab: vocabZh },
};

export type Lang = keyof typeof messages;
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];
