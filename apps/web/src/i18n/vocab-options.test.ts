import { Capability, Confidence, EventKind, Status, Surface } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, CONFIDENCES, EVENT_KINDS, STATUSES, SURFACES } from './vocab-options';

describe('vocabulary pickers', () => {
  it('offer exactly the domain enums, in the same order', () => {
    expect(CAPABILITIES).toEqual(Capability.options);
    expect(SURFACES).toEqual(Surface.options);
    expect(EVENT_KINDS).toEqual(EventKind.options);
    expect(CONFIDENCES).toEqual(Confidence.options);
    expect(STATUSES).toEqual(Status.options);
  });
});
