import type { Capability, Confidence, EventKind } from '@hutong/domain';
import { CAPABILITIES, CONFIDENCES, EVENT_KINDS } from '../../i18n/vocab-options';

/** The timeline's filters as they live in the query string; each facet narrows the others. */
export interface Facets {
  actor?: string;
  capability?: Capability;
  kind?: EventKind;
  confidence?: Confidence;
}

export const FACET_KEYS = ['actor', 'capability', 'kind', 'confidence'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The facets chosen from a vocabulary, in the filters' order. */
export const VOCAB_FACETS = ['capability', 'kind', 'confidence'] as const;
// The first view stays free of zod: enum facets are checked against the vocabulary lists (themselves
// checked against the domain enums), and the server validates every facet again with the schemas.
export const FACET_OPTIONS: Record<(typeof VOCAB_FACETS)[number], readonly string[]> = {
  capability: CAPABILITIES,
  kind: EVENT_KINDS,
  confidence: CONFIDENCES,
};
const ACTOR_ID = /^[a-z0-9][a-z0-9.-]*$/;

/** Reads facets from a query string, dropping values that are not in the vocabulary. */
export function facetsFromSearch(params: URLSearchParams): Facets {
  const out: Record<string, string> = {};
  const actor = params.get('actor');
  if (actor && ACTOR_ID.test(actor)) out.actor = actor;
  for (const key of VOCAB_FACETS) {
    const value = params.get(key);
    if (value && FACET_OPTIONS[key].includes(value)) out[key] = value;
  }
  return out as Facets;
}

export function withFacet(params: URLSearchParams, key: FacetKey, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
