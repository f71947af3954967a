import { z } from 'zod';
import { IsoDate } from './day';
import { Id, TargetId } from './id';
import { Capability, Surface } from './vocabulary';

/** "What happens if a user on `host` meets `target`'s (or this URL's) capability on `surface`, on date `at`?" */
const QuestionFields = z.object({
  host: Id,
  /** One default everywhere (CLI, terminal UI, web, REST): every surface, rolled up. */
  surface: Surface.default('*'),
  capability: Capability,
  target: TargetId.optional(),
  /** A link; its web host names the target. */
  url: z.string().min(1).max(4096).optional(),
});

const oneTarget = (q: { target?: string; url?: string }, ctx: z.RefinementCtx) => {
  if ((q.target === undefined) === (q.url === undefined))
    ctx.addIssue({ code: 'custom', path: ['target'], message: 'give exactly one of `target` or `url`' });
};

/** A crossing: a question without its date, for its history. */
export const CrossingQuestion = QuestionFields.superRefine(oneTarget);
export type CrossingQuestion = z.infer<typeof CrossingQuestion>;

export const Question = QuestionFields.extend({ at: IsoDate }).superRefine(oneTarget);
export type Question = z.infer<typeof Question>;
