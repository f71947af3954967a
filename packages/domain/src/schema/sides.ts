import type { z } from 'zod';

/** A what-if's two answers to the same thing: on the ledger as recorded, and with the overlay applied. */
export function sides<T extends z.ZodType>(answer: T) {
  return { baseline: answer, counterfactual: answer };
}
