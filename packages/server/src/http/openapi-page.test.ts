import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { openApiPage } from './openapi-page';

describe('the OpenAPI page', () => {
  const page = openApiPage(openApiDocument());

  it('lists every route of the document with its method, summary and parameters', () => {
    const doc = openApiDocument();
    for (const [path, item] of Object.entries(doc.paths ?? {}))
      for (const method of Object.keys(item as object).filter((m) => ['get', 'post'].includes(m)))
        expect(page).toContain(`<code>${method.toUpperCase()} /api${path}</code>`);
    expect(page).toContain('<code>GET /api/decide</code>');
    expect(page).toMatch(
      /<td><code>surface<\/code><\/td><td>query<\/td><td><\/td><td>one of &quot;\*&quot;, &quot;private-chat&quot;/,
    );
    expect(page).toMatch(/<code>POST \/api\/edits<\/code><\/h2><p>[^<]*<\/p><p><strong>Needs an API token/);
  });

  it('is plain HTML: no script, and text escaped', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toContain('"*"');
  });
});
