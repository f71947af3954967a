export { GLOSSARY, type GlossaryEntry, type GlossaryGroup } from './entries';
export { explain, type GlossaryLanguage, glossaryEntry, legend } from './explain';
export { glossaryMarkdown } from './markdown';
