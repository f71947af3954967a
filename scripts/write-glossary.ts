// `pnpm glossary`: rewrites docs/glossary.md from the domain's glossary (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { glossaryMarkdown } from '../packages/domain/src/glossary';

writeFileSync(new URL('../docs/glossary.md', import.meta.url), glossaryMarkdown());
