/**
 * API tokens: only a salted hash of each secret is kept. A token is revoked by stamping `revoked_at`
 * once; nothing else about a row ever changes and no row is deleted, so the list is an audit trail.
 */
export const tokens = (s: string) => `
CREATE TABLE "${s}".tokens (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('editor', 'admin')),
  salt text NOT NULL,
  hash text NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE FUNCTION "${s}".tokens_revoke_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
     AND (NEW.id, NEW.name, NEW.role, NEW.salt, NEW.hash, NEW.created_at)
         IS NOT DISTINCT FROM (OLD.id, OLD.name, OLD.role, OLD.salt, OLD.hash, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'tokens are only ever revoked: % is not allowed', TG_OP;
END $$;
CREATE TRIGGER tokens_no_rewrite BEFORE UPDATE OR DELETE ON "${s}".tokens
  FOR EACH ROW EXECUTE FUNCTION "${s}".tokens_revoke_only();
CREATE TRIGGER tokens_no_truncate BEFORE TRUNCATE ON "${s}".tokens
  FOR EACH STATEMENT EXECUTE FUNCTION "${s}".tokens_revoke_only();
`;
