import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@hutong/domain';
import { z } from 'zod';
import type { Queryable, Row } from './drivers/db';
import { parseInput } from './parse-input';

/** What a token may do: an `editor` appends edits; an `admin` also manages tokens. */
export const TokenRole = z.enum(['editor', 'admin']);
export type TokenRole = z.infer<typeof TokenRole>;

export const TokenId = z.string().regex(/^[0-9a-f]{12}$/, 'a token id is 12 hex digits, e.g. 3f9c0a1b2c4d');

export const NewToken = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'name the token (who or what uses it)')
    .max(100)
    .refine((s) => !s.includes('\u0000'), 'may not hold the NUL character'),
  role: TokenRole,
});
export type NewToken = z.infer<typeof NewToken>;

/** A token as listed: everything but its secret, which is never stored. */
export const TokenInfo = z.object({
  id: TokenId,
  name: z.string(),
  role: TokenRole,
  createdAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

/** API tokens: created once (the secret is shown then and never again), listed, revoked, verified. */
export interface Tokens {
  create(input: NewToken): Promise<{ token: string; info: TokenInfo }>;
  list(): Promise<TokenInfo[]>;
  /** Revokes the token (again is a no-op); `not-found` for an unknown id. */
  revoke(id: string): Promise<TokenInfo>;
  /** The live token `token` is, or null: unknown, malformed, wrong secret or revoked. */
  verify(token: string): Promise<TokenInfo | null>;
}

// `hutong_<id>_<secret>`: the id finds the row, the 256-bit secret proves possession.
const TOKEN = /^hutong_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const COLUMNS = 'id, name, role, created_at, revoked_at';

// The secret is 256 random bits, so nobody can guess it whatever the hash; a slow KDF (scrypt) would
// add nothing but cost on every authenticated request. The per-token salt keys an HMAC-SHA-256.
const hashOf = (salt: string, secret: string) => createHmac('sha256', salt).update(secret).digest();

export function sqlTokens(db: Queryable, schema: string, now: () => Date): Tokens {
  const t = `"${schema}".tokens`;
  const byId = async (id: string) =>
    (await db.query(`SELECT ${COLUMNS}, salt, hash FROM ${t} WHERE id = $1`, [id]))[0];

  return {
    async create(input) {
      const { name, role } = parseInput(NewToken, input);
      const id = randomBytes(6).toString('hex');
      const secret = randomBytes(32).toString('base64url');
      const salt = randomBytes(16).toString('hex');
      const rows = await db.query(
        `INSERT INTO ${t} (id, name, role, salt, hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${COLUMNS}`,
        [id, name, role, salt, hashOf(salt, secret).toString('hex'), now().toISOString()],
      );
      return { token: `hutong_${id}_${secret}`, info: toInfo(rows[0]!) };
    },

    async list() {
      return (await db.query(`SELECT ${COLUMNS} FROM ${t} ORDER BY seq`)).map(toInfo);
    },

    async revoke(id) {
      const tokenId = parseInput(TokenId, id, 'id');
      await db.query(`UPDATE ${t} SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [
        tokenId,
        now().toISOString(),
      ]);
      const row = await byId(tokenId);
      if (!row) throw new DomainError('not-found', `no token with id ${tokenId}`, 'id');
      return toInfo(row);
    },

    async verify(token) {
      const m = TOKEN.exec(token);
      if (!m) return null;
      const row = await byId(m[1]!);
      if (!row || row.revoked_at !== null) return null;
      const stored = Buffer.from(String(row.hash), 'hex');
      const given = hashOf(String(row.salt), m[2]!);
      return stored.length === given.length && timingSafeEqual(stored, given) ? toInfo(row) : null;
    },
  };
}

const TokenRow = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  created_at: z.coerce.date(),
  revoked_at: z.coerce.date().nullable(),
});

function toInfo(row: Row): TokenInfo {
  const r = TokenRow.parse(row);
  return TokenInfo.parse({
    id: r.id,
    name: r.name,
    role: r.role,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
  });
}
