import { actor, event } from '../../test-support/fixture';

/**
 * An NDJSON import of `n` actors and `n` events between them: 2n rows, written straight from the
 * fixtures (parsing 100,000 bodies just to write them would cost the test seconds). The events cite
 * the fixture source, which the store must already hold.
 */
export function generatedImport(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ entity: 'actor', body: actor(`platform-${i}`) }));
  for (let i = 0; i < n; i++) {
    const body = event(`event-${i}`, `platform-${i}`, `platform-${(i + 1) % n}`, '2021-09-17');
    lines.push(JSON.stringify({ entity: 'event', body }));
  }
  return `${lines.join('\n')}\n`;
}
