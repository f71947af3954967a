/**
 * The domain's date arithmetic and vocabularies without its schemas (and so without zod): what a
 * start-up-sensitive caller such as the CLI's commands needs before it has a question to validate.
 */

export {
  type WallCellLike,
  type WallGrid,
  type WallSummary,
  wallSummary,
  withRecords,
} from './engine/views/wall-grid';
export { WALL_LEGEND, type WallLegendEntry, type WallMark } from './engine/views/wall-legend';
export { explain, GLOSSARY, type GlossaryGroup, legend } from './glossary';
export {
  explainBadDate,
  isoFromDay,
  LEDGER_EPOCH,
  monthStarts,
  nextMonthStart,
  todayIso,
} from './schema/calendar';
export { crossingId, crossingLabel, crossingOfId } from './schema/crossing-id';
export { ownersOf } from './schema/owner-walk';
export { lastAtOrBefore, partitionPoint } from './schema/sorted-search';
export { CAPABILITIES, SURFACES } from './schema/vocabulary-values';
export { windowIsPeriod } from './schema/window-period';
export { ongoingBreach } from './wording';
