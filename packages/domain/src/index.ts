/**
 * @hutong/domain — the ledger's vocabulary and its pure rules. One name per concept:
 *
 * - **actor**: a platform, company, payment product or regulator (`Actor`); a **host** is the actor
 *   whose app the user is in, a **target** the actor whose link, card, payment, mini program or ad
 *   they meet; an actor's **camp** is the top-level company that owns it (`lineage(...).at(-1)`).
 * - **crossing**: one (host, surface, capability, target) key; a **question** asks about a crossing
 *   on a date `at`; a **decision** is `decide`'s answer, with its **basis**, **rule** and **evidence**.
 * - **event**: a dated, sourced fact; its **changes** (`Event['changes']`) are the **rules** the engine
 *   folds into one **timeline** per crossing (`foldLedger` → `LedgerIndex`).
 * - **source**: an article an event cites with a verbatim **quote**; **regulation** and **figure**
 *   are the other entity kinds. The five kinds are `EntityKind`; a `Ledger` holds them all.
 * - **edit**: a request to `record`, `amend` or `retract` one entity; a **revision** is an edit as
 *   appended to the log. `decideEdit` / `evolveHead` / `planEdit` are the edit rules the store,
 *   import and seed share; `checkLedger` the cross-reference checks, with structured locations.
 * - **walls**: the host × target matrix on a date (`walls`), every cell as `decide` answers it.
 * - Two more ledger nouns live where they are made: the store's `LedgerSnapshot` is a `Ledger` read
 *   from the revision log with its head revision (each entity's latest revision: materialising the
 *   log, not the engine's fold), and the runtime's `LedgerView` is a `LedgerIndex` kept current as
 *   revisions arrive (`applyRevisions`).
 * - **errors**: `DomainError` (kinds `not-found`, `invalid`, `conflict`, `forbidden`) and
 *   `RevisionConflict`; `describeIssues` is the one text form of a schema failure,
 *   `withSuggestions` the one "did you mean".
 */
// What other packages use, by name; the rest stays inside and is imported by relative path there.

// The engine's barrel is already the list of what leaves it.
export * from './blame';
export { checkLedger, type LedgerLocation } from './check';
export { canonicalJson, decideEdit, type EntityHead, evolveHead, planEdit, replayEdit } from './edits';
export * from './engine';
export {
  closestIds,
  DomainError,
  type DomainErrorKind,
  describeIssues,
  issueField,
  issuePath,
  RevisionConflict,
  withSuggestions,
} from './errors';
export * from './game';
export {
  explain,
  explained,
  GLOSSARY,
  type GlossaryEntry,
  type GlossaryGroup,
  type GlossaryLanguage,
  glossaryEntry,
  legend,
  meanings,
} from './glossary';
export {
  Actor,
  type ActorInput,
  ActorKind,
  ANALYSIS_RANGE,
  AnswerHistory,
  AnswerHistoryQuestion,
  Backtest,
  Basis,
  Capability,
  Citation,
  type CitedKind,
  ComplianceFinding,
  Confidence,
  Coverage,
  CrossingHistory,
  CrossingKey,
  CrossingQuestion,
  crossingId,
  crossingLabel,
  crossingOfId,
  DateMark,
  DEFAULT_PAIRS,
  DecidedStatus,
  Decision,
  DecisionBrief,
  dayNumber,
  Edit,
  type EditInput,
  type EntityBody,
  EntityKind,
  Event,
  type EventInput,
  EventKind,
  Evidence,
  entityBodySchema,
  explainBadDate,
  Figure,
  FrictionStep,
  GAME_METHOD,
  GameQuestion,
  type GameQuestionInput,
  GameReport,
  Id,
  IsoDate,
  isCitedKind,
  isoFromDay,
  Language,
  LEDGER_EPOCH,
  Ledger,
  LedgerChanges,
  LedgerChangesQuestion,
  LedgerDiff,
  LedgerOverlay,
  LedgerQuery,
  Localized,
  lastAtOrBefore,
  ledgerField,
  MixtureFit,
  monthStarts,
  nextMonthStart,
  Openness,
  ownersOf,
  ownersOfAsync,
  PairMoves,
  type PolicyChangeInput,
  Precision,
  partitionPoint,
  Question,
  RangeDate,
  RecordedAt,
  RecordedState,
  RecordedStatus,
  Regulation,
  Revision,
  RevisionQuery,
  type RevisionQueryInput,
  referencesOf,
  Simulation,
  SimulationInput,
  SimulationQuestion,
  Source,
  Status,
  Strategy,
  Surface,
  todayIso,
  ViewCrossingKey,
  ViewSurface,
  WallAxis,
  WallCell,
  WallColumns,
  Walls,
  WallsQuestion,
  WhatIf,
  WhatIfInput,
  WhyNot,
  WhyNotInput,
  windowIsPeriod,
} from './schema';
export {
  checkReferences,
  EntityRecord,
  formatExport,
  ImportProblem,
  type ImportRow,
  parseImport,
  TransferFormat,
} from './transfer';
export { ongoingBreach } from './wording';
