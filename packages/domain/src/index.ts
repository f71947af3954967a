/**
 * @hutong/domain — the ledger's vocabulary and its pure rules. One name per concept:
 *
 * - **actor**: a platform, company, payment product or regulator (`Actor`); a **host** is the actor
 *   whose app the user is in, a **target** the actor whose link, card, payment, mini program or ad
 *   they meet; an actor's **camp** is the top-level company that owns it (`lineage(...).at(-1)`).
 * - **crossing**: one (host, surface, capability, target) key; a **question** asks about a crossing
 *   on a date `at`; a **decision** is `decide`'s answer, with its **basis**, **rule** and **evidence**.
 * - **event**: a dated, sourced fact; its **changes** (`PolicyChange`) are the **rules** the engine
 *   folds into one **timeline** per crossing (`foldLedger` → `LedgerIndex`).
 * - **source**: an article an event cites with a verbatim **quote**; **regulation** and **figure**
 *   are the other entity kinds. The five kinds are `EntityKind`; a `Ledger` holds them all.
 * - **edit**: a request to `record`, `amend` or `retract` one entity; a **revision** is an edit as
 *   appended to the log. `decideEdit` / `evolveHead` / `planEdit` are the edit rules the store,
 *   import and seed share; `checkLedger` the cross-reference checks, with structured locations.
 * - **walls**: the host × target matrix on a date (`walls`), every cell as `decide` answers it.
 * - **errors**: `DomainError` (kinds `not-found`, `invalid`, `conflict`, `forbidden`) and
 *   `RevisionConflict`; `describeIssues` is the one text form of a schema failure,
 *   `withSuggestions` the one "did you mean".
 */
export * from './check';
export * from './edits';
export * from './engine';
export * from './errors';
export * from './schema';
export * from './transfer';
export * from './wording';
