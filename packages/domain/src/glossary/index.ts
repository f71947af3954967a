export { GLOSSARY, type GlossaryEntry, type GlossaryGroup } from './entries';
export { explain, explained, type GlossaryLanguage, glossaryEntry, legend, meanings } from './explain';
export { glossaryMarkdown } from './markdown';
