/**
 * The advisory lock every append (and the seed) holds until it commits. It makes commit order equal id
 * order, so a reader that delivers "everything after the last id I saw" never skips a slower
 * transaction's lower id; and it makes the per-entity checks race-free. Cost: appends serialise, a few
 * hundred to a thousand single-edit appends a second on PostgreSQL; plenty for a curated ledger.
 */
export const appendLock = (schema: string) => `${schema}.revisions`;
