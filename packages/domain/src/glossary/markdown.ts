import { GLOSSARY, type GlossaryGroup } from './entries';

const HEADINGS: Record<GlossaryGroup, string> = {
  status: 'Statuses',
  basis: 'How an answer was reached (basis)',
  coverage: 'Coverage',
  confidence: 'Confidence',
  relation: 'Nearby answers',
  beaten: 'Rules that lost',
  term: 'Other terms',
};

/** docs/glossary.md, written from the glossary itself (the test keeps the file current). */
export function glossaryMarkdown(): string {
  const out = [
    '# Glossary',
    '',
    'Every word an answer shows, in English and Chinese. Generated from',
    '`packages/domain/src/glossary/entries.ts`; the web, the terminal UI and the CLI read the same entries.',
  ];
  for (const group of Object.keys(GLOSSARY) as GlossaryGroup[]) {
    out.push('', `## ${HEADINGS[group]}`, '', '| word | 词 | means | 含义 |', '|---|---|---|---|');
    for (const e of Object.values(GLOSSARY[group]))
      out.push(`| ${e.word.en} | ${e.word.zh} | ${e.means.en} | ${e.means.zh} |`);
  }
  return `${out.join('\n')}\n`;
}
