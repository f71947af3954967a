import type { IncomingMessage } from 'node:http';
import type { Auth } from '@hutong/router';
import type { Tokens } from '@hutong/store';

/** The token in `authorization: Bearer <token>`, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/** The caller the request's token names, or null when it has none or it is unknown or revoked. */
export async function authOf(req: IncomingMessage, tokens: Tokens | undefined): Promise<Auth | null> {
  const token = bearerToken(req);
  if (!token || !tokens) return null;
  const info = await tokens.verify(token);
  return info && { tokenId: info.id, name: info.name, role: info.role };
}
