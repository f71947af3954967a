import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { sendJson } from './send';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves the built web app; unknown paths get index.html so client-side routes deep-link. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, webDir: string | undefined) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, { error: 'method not allowed' });
  if (!webDir) return sendJson(res, 404, { error: 'no web app is being served; run `pnpm build` first' });
  const root = resolve(webDir);
  let path: string;
  try {
    path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
  } catch {
    return sendJson(res, 400, { error: 'malformed percent-encoding in the path' });
  }
  const file = normalize(join(root, path));
  const inside = relative(root, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return sendJson(res, 400, { error: 'bad path' });
  const target = (await isFile(file))
    ? file
    : !extname(path) && (await isFile(join(root, 'index.html')))
      ? join(root, 'index.html')
      : null;
  if (!target) return sendJson(res, 404, { error: `no such file: ${path}` });
  const immutable = target.includes(`${join(root, 'assets')}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(target)
    .on('error', () => res.end())
    .pipe(res);
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
