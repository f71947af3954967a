import type { Style } from './format/style';

/** Where commands write: lines to stdout, with or without colour. */
export interface Output {
  line(text: string): void;
  style: Style;
}
