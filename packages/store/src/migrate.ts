import type { Db } from './drivers/db';
import { migrations } from './migrations';

/**
 * Applies the migrations `schema` lacks, in order, in one transaction: a failure leaves the schema as
 * it was. The advisory lock lets several processes start at once; the later ones find nothing to do.
 * Returns the versions applied.
 */
export async function migrate(db: Db, schema: string): Promise<number[]> {
  return db.transaction(
    async (tx) => {
      await tx.exec(`
      CREATE SCHEMA IF NOT EXISTS "${schema}";
      CREATE TABLE IF NOT EXISTS "${schema}".schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
      const rows = await tx.query(`SELECT version FROM "${schema}".schema_migrations`);
      const done = new Set(rows.map((r) => Number(r.version)));
      const applied: number[] = [];
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await tx.exec(m.sql(schema));
        await tx.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES ($1, $2)`, [
          m.version,
          m.name,
        ]);
        applied.push(m.version);
      }
      return applied;
    },
    { lock: `${schema}.migrate` },
  );
}
