/** The append-only log: one row per edit, in `id` order; nothing is ever updated or deleted. */
export const revisions = (s: string) => `
CREATE TABLE "${s}".revisions (
  id bigserial PRIMARY KEY,
  entity text NOT NULL CHECK (entity IN ('actor', 'source', 'event', 'regulation', 'figure')),
  entity_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('record', 'amend', 'retract')),
  body jsonb CHECK ((action = 'retract') = (body IS NULL)),
  author text NOT NULL,
  reason text NOT NULL,
  recorded_at timestamptz NOT NULL,
  base_revision bigint REFERENCES "${s}".revisions (id),
  idempotency_key text UNIQUE
);

-- An entity's latest revision (the append check, one entity's history) and the ledger's DISTINCT ON.
CREATE INDEX revisions_entity_idx ON "${s}".revisions (entity, entity_id, id DESC);

-- "As recorded at": appends keep recorded_at from decreasing along id, so the cut is one index probe.
CREATE INDEX revisions_recorded_at_idx ON "${s}".revisions (recorded_at, id);

-- The database itself refuses rewrites, whoever connects.
CREATE FUNCTION "${s}".revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the revision log is append-only: % is not allowed', TG_OP;
END $$;
CREATE TRIGGER revisions_no_rewrite BEFORE UPDATE OR DELETE ON "${s}".revisions
  FOR EACH ROW EXECUTE FUNCTION "${s}".revisions_append_only();
CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON "${s}".revisions
  FOR EACH STATEMENT EXECUTE FUNCTION "${s}".revisions_append_only();

-- Announce every append, from any writer, on channel <schema>_revisions; the payload (the newest id)
-- is only a hint: listeners read everything after the last id they delivered.
CREATE FUNCTION "${s}".revisions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(TG_TABLE_SCHEMA || '_revisions', (SELECT max(id)::text FROM appended));
  RETURN NULL;
END $$;
CREATE TRIGGER revisions_notify AFTER INSERT ON "${s}".revisions
  REFERENCING NEW TABLE AS appended
  FOR EACH STATEMENT EXECUTE FUNCTION "${s}".revisions_notify();
`;
