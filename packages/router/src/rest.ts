import type { OpenApiMeta, OpenApiMethod } from 'trpc-to-openapi';

/**
 * A procedure's plain-HTTP route for the OpenAPI document (`/openapi.json`) and the REST adapter
 * under `/api`. Reads are public; `protect` marks edits with their bearer-token requirement.
 */
export function rest(
  method: OpenApiMethod,
  path: `/${string}`,
  summary: string,
  protect: 'public' | 'token' = 'public',
): OpenApiMeta {
  const tag = path.split('/')[1] ?? 'hutong';
  return { openapi: { method, path, summary, tags: [tag], protect: protect === 'token' } };
}
