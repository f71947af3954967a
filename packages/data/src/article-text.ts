import { decode } from 'html-entities';

const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|br|hr|img|table|tr|td|th|blockquote|section|article|header|footer)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const LOOKS_LIKE_HTML = /<(?:p|div|span|br|h[1-6])\b[^>]*>/i;

/** Collapses every run of whitespace to one space, the only normalisation quotes get. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An archived article as plain text: HTML pages lose their tags and entities; whitespace collapses. */
export function articleText(raw: string): string {
  const text = LOOKS_LIKE_HTML.test(raw) ? decode(raw.replace(BLOCK_TAG, '\n').replace(ANY_TAG, '')) : raw;
  return collapseWhitespace(text);
}
