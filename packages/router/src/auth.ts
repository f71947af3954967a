import type { TokenRole } from '@hutong/store';

/** Who is calling: the API token the request carried, resolved by the HTTP layer (null: anonymous). */
export interface Auth {
  tokenId: string;
  name: string;
  role: TokenRole;
}

// An admin may do everything an editor may.
const RANK = { editor: 1, admin: 2 } as const satisfies Record<TokenRole, number>;

export const hasRole = (auth: Auth, role: TokenRole): boolean => RANK[auth.role] >= RANK[role];
