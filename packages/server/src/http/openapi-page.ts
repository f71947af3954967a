import { encode } from 'html-entities';
import type { OpenAPIObject } from 'trpc-to-openapi';

// The OpenAPI document is read loosely here: only the parts a reader needs are printed.
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: Record<string, string[]>[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const esc = (s: unknown) => encode(String(s));

/** A schema's type in a few words: `string`, one of its values, `array of string` … */
function typeOf(s: Schema | undefined): string {
  if (!s) return '';
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeOf).join(' or ');
  if (s.type === 'array') return `array of ${typeOf(s.items) || 'values'}`;
  const type = Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'object');
  return s.format ? `${type} (${s.format})` : type;
}

function fieldRows(
  fields: { name: string; where: string; required: boolean; schema?: Schema; about?: string }[],
) {
  if (!fields.length) return '';
  const rows = fields.map(
    (f) =>
      `<tr><td><code>${esc(f.name)}</code></td><td>${esc(f.where)}</td><td>${f.required ? 'yes' : ''}</td>` +
      `<td>${esc(typeOf(f.schema))}</td><td>${esc(f.about ?? f.schema?.description ?? '')}</td></tr>`,
  );
  return `<table><thead><tr><th>name</th><th>in</th><th>required</th><th>type</th><th>about</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function operationHtml(method: string, path: string, op: Operation, base: string): string {
  const params = (op.parameters ?? []).map((p) => ({
    name: p.name,
    where: p.in,
    required: p.required === true,
    schema: p.schema,
    about: p.description,
  }));
  const body = op.requestBody?.content?.['application/json']?.schema;
  const bodyFields = Object.entries(body?.properties ?? {}).map(([name, schema]) => ({
    name,
    where: 'body',
    required: body?.required?.includes(name) ?? false,
    schema,
  }));
  const token = (op.security ?? []).some((s) => Object.keys(s).length > 0);
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return [
    `<section id="${esc(id)}"><h2><code>${method.toUpperCase()} ${esc(base + path)}</code></h2>`,
    op.summary ? `<p>${esc(op.summary)}</p>` : '',
    token ? '<p><strong>Needs an API token</strong> (<code>authorization: Bearer …</code>).</p>' : '',
    fieldRows([...params, ...bodyFields]),
    '</section>',
  ].join('');
}

/**
 * The OpenAPI document as a page to read (`/openapi.html`): every route with its method, summary,
 * parameters and body fields. Written on the server from the same document as `/openapi.json`, as
 * plain HTML with no script, so the security headers' CSP holds it like every other answer.
 */
export function openApiPage(doc: OpenAPIObject): string {
  const base = (doc.servers?.[0]?.url ?? '').replace(/\/$/, '');
  const paths = Object.entries(doc.paths ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const ops = paths.flatMap(([path, item]) =>
    METHODS.flatMap((m) => {
      const op = (item as Record<string, Operation | undefined>)[m];
      return op ? [operationHtml(m, path, op, base)] : [];
    }),
  );
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.info.title)} API</title>`,
    '<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}',
    'table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}',
    'section{margin:2rem 0}h2{font-size:1.05rem}</style></head><body>',
    `<h1>${esc(doc.info.title)} API <small>${esc(doc.info.version)}</small></h1>`,
    `<p>${esc(doc.info.description ?? '')}</p>`,
    '<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a>.</p>',
    ...ops,
    '</body></html>',
  ].join('\n');
}
