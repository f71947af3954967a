import { DomainError } from '../../errors/domain-error';
import type { Walls, WallsQuestion } from '../../schema';
import { briefOf } from '../answer/brief';
import { COUNTING, decide } from '../answer/decide';
import type { LedgerIndex } from '../fold/fold';
import { lineage, wallAxes } from './wall-axes';
import { type WallAnswer, wallCells, wallQuestions } from './wall-matrix';

/**
 * The wall map for one date: rows and columns derived from the ledger (`wallAxes`), each cell the
 * answer `decide` gives, so the map and a single question always agree.
 */
export function walls(index: LedgerIndex, question: WallsQuestion): Walls {
  const { actors, events } = index.ledger;
  const changes = events.flatMap((e) => (e.confidence === 'rumor' ? [] : e.changes));
  const axes = wallAxes(actors, changes, question.columns, question.capability);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const isSelf = (host: string, target: string) =>
    lineage(byId, host).includes(target) || lineage(byId, target).includes(host);
  const answers = wallQuestions({ ...axes, ...question }, isSelf).map((q): WallAnswer => {
    try {
      // A cell needs no nearby crossings: they are not computed.
      return { ok: true, decision: briefOf(decide(index, q, COUNTING)) };
    } catch (err) {
      if (err instanceof DomainError) return { ok: false };
      throw err;
    }
  });
  const axis = (id: string) => ({ id, camp: lineage(byId, id).at(-1) ?? id });
  return {
    question,
    hosts: axes.hosts.map(axis),
    targets: axes.targets.map(axis),
    cells: wallCells(axes, isSelf, answers, { brief: question.detail === 'brief' }),
  };
}
