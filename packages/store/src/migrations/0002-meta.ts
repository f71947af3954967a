/** Facts about the store itself, such as what the seed said last time; not part of the ledger. */
export const meta = (s: string) => `
CREATE TABLE "${s}".meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;
