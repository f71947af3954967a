/**
 * Tokens in the order they were made. Two tokens can share a creation instant (the clock's
 * resolution is a millisecond) and ids are random, so `created_at, id` is no total order: a serial
 * column is. The revoke-only guard now keeps `seq` fixed as well.
 */
export const tokenOrder = (s: string) => `
ALTER TABLE "${s}".tokens ADD COLUMN seq bigserial NOT NULL;
CREATE UNIQUE INDEX tokens_seq ON "${s}".tokens (seq);

CREATE OR REPLACE FUNCTION "${s}".tokens_revoke_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
     AND (NEW.id, NEW.name, NEW.role, NEW.salt, NEW.hash, NEW.created_at, NEW.seq)
         IS NOT DISTINCT FROM (OLD.id, OLD.name, OLD.role, OLD.salt, OLD.hash, OLD.created_at, OLD.seq) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'tokens are only ever revoked: % is not allowed', TG_OP;
END $$;
`;
