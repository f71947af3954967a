import { DomainError } from '@hutong/domain';
import type { Store } from '@hutong/store';
import { TokenRole } from '@hutong/store/tokens';
import { oneOf, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { table } from '../format/table';
import { tokenSpec } from '../spec/admin-specs';
import { UsageError } from '../usage-error';

const USAGE = 'token create --role editor|admin --name NAME | token list [--json] | token revoke ID';

/**
 * `hutong token create|list|revoke`: manages API tokens on the embedded store or DATABASE_URL
 * directly; whoever can run this on the store's machine is trusted, so no token is asked for.
 */
export async function tokenCommand(args: string[], ctx: CommandContext) {
  const { out, io } = ctx;
  const withStore = (fn: (store: Store) => Promise<void>) => onStore(ctx, fn);
  const warn = io.stderr;
  const [sub, ...rest] = args;
  switch (sub) {
    case 'create': {
      const f = parseFlags(rest, { role: tokenSpec.flags.role, name: tokenSpec.flags.name });
      const role = oneOf(required(f.role, 'role'), TokenRole.options, 'role');
      const name = required(f.name, 'name');
      return withStore(async (store) => {
        const { token, info } = await store.tokens.create({ name, role });
        out.line(token);
        warn(`hutong: token ${info.id} (${info.role}, "${info.name}") created; it will not be shown again.`);
      });
    }
    case 'list': {
      const f = parseFlags(rest, { json: tokenSpec.flags.json });
      return withStore(async (store) => {
        const tokens = await store.tokens.list();
        if (f.json) return out.line(JSON.stringify(tokens, null, 2));
        if (tokens.length === 0)
          return out.line('no tokens yet: hutong token create --role editor --name NAME');
        out.line(
          table([
            ['id', 'role', 'name', 'created', 'revoked'],
            ...tokens.map((t) => [t.id, t.role, t.name, t.createdAt, t.revokedAt ?? '']),
          ]),
        );
      });
    }
    case 'revoke': {
      const [id, ...extra] = rest;
      if (!id || extra.length > 0) throw new UsageError(`usage: hutong token revoke ID`);
      return withStore(async (store) => {
        const info = await store.tokens.revoke(id);
        out.line(`revoked ${info.id} ("${info.name}") at ${info.revokedAt}`);
      });
    }
    default:
      throw new UsageError(`usage: hutong ${USAGE}`);
  }
}

async function onStore(
  { openStore, env }: CommandContext,
  fn: (store: Store) => Promise<void>,
): Promise<void> {
  // Tokens are managed where the store is: --api and HUTONG_API play no part.
  const local = await openStore({ seeded: false, api: false });
  // PGlite allows one process per directory: a server running on it holds it, and tokens are not an
  // API a server offers anonymously, so say what to do instead of failing on the lock.
  if (local.remote)
    throw new Error(
      `a hutong server (${local.url}) holds the data directory ${env.HUTONG_DATA_DIR}; stop it to manage tokens, ` +
        'or run the server on PostgreSQL (DATABASE_URL) so both can use the store at once',
    );
  try {
    await fn(local.store);
  } catch (err) {
    // A malformed or unknown id is the caller's mistake: exit 2, like other bad arguments.
    if (err instanceof DomainError && err.kind !== 'conflict') throw new UsageError(err.message);
    throw err;
  } finally {
    await local.close();
  }
}
