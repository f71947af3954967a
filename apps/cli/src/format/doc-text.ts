import type { Doc } from '../views/doc';
import type { Style } from './style';

/** A document as terminal text, styled as `style` allows (plain for pipes and NO_COLOR). */
export function docText(doc: Doc, style: Style): string {
  return doc
    .map((l) =>
      l
        .map(({ text, tone }) => {
          if (!text) return text;
          switch (tone) {
            case 'plain':
              return text;
            case 'title':
              return style.bold(text);
            case 'dim':
              return style.dim(text);
            case 'accent':
              return style.status('mixed', text);
            case 'error':
              return style.status('blocked', text);
            default:
              return style.status(tone, text);
          }
        })
        .join(''),
    )
    .join('\n');
}
