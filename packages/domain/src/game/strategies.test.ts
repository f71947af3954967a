import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceOf, logLikelihood } from './likelihood';
import { prescriptions } from './strategies';

const whole = (n: number) => fc.array(fc.constantFrom<number>(0, 1), { minLength: n, maxLength: n });
const histories = fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(whole(n), whole(n)));

describe('strategies on whole moves are the textbook ones', () => {
  it('tft copies, stft starts defecting, grim never forgives, wsls stays after a win', () => {
    fc.assert(
      fc.property(histories, ([own, other]) => {
        const tft = prescriptions('tft', own, other);
        const stft = prescriptions('stft', own, other);
        const grim = prescriptions('grim', own, other);
        const wsls = prescriptions('wsls', own, other);
        own.forEach((_, t) => {
          expect(tft[t]).toBe(t === 0 ? 1 : other[t - 1]);
          expect(stft[t]).toBe(t === 0 ? 0 : other[t - 1]);
          const clean = own.slice(0, t).every((x, s) => x === 1 && other[s] === 1);
          expect(grim[t]).toBe(clean ? 1 : 0);
          expect(wsls[t]).toBe(t === 0 ? 1 : own[t - 1] === other[t - 1] ? 1 : 0);
        });
      }),
    );
  });

  it('a fractional likelihood is the Bernoulli likelihood on whole moves', () => {
    fc.assert(
      fc.property(histories, fc.double({ min: 0.001, max: 0.5, noNaN: true }), ([own, other], eps) => {
        const c = prescriptions('tft', own, other);
        const bernoulli = own.reduce((s, y, t) => s + Math.log(c[t] === y ? 1 - eps : eps), 0);
        expect(logLikelihood(evidenceOf({ own, other }, 'tft'), eps)).toBeCloseTo(bernoulli, 9);
      }),
    );
  });

  it('a fractional move is a mix: its likelihood lies between those of the whole moves', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (y) => {
        const ll = (obs: number) => logLikelihood(evidenceOf({ own: [obs], other: [1] }, 'allc'), 0.1);
        expect(ll(y)).toBeCloseTo(y * ll(1) + (1 - y) * ll(0), 9);
      }),
    );
  });
});
