// The game the articles describe (hutong-game/1): pure functions of moves and a folded ledger.
export { backtest } from './backtest';
export { fitWithIntervals } from './bootstrap';
export { dominant, fitMixture } from './fit-mixture';
export { gameReport, movesOf } from './game-report';
export { pairMoves } from './moves';
export { play, randomOpponent } from './play';
export { seededRandom } from './prng';
export { regimes } from './regimes';
export { sequencesOf } from './sequences';
export { matchTable, simulate } from './simulate';
export { simulation } from './simulation-report';
