import { describe, expect, it } from 'vitest';
import {
  decisionOutcome,
  excellentQuota,
  isPending,
  nominateRefusal,
  placesLeft,
  quotaFull,
} from '../../schema/excellent/rules.js';

describe('excellentQuota', () => {
  it('is the rate × enrolled teachers, rounded down', () => {
    expect(excellentQuota(0.15, 20)).toBe(3);
    expect(excellentQuota(0.15, 100)).toBe(15);
    expect(excellentQuota(0.15, 40)).toBe(6);
    expect(excellentQuota(0.15, 7)).toBe(1);
    expect(excellentQuota(0.15, 6)).toBe(0);
    expect(excellentQuota(1, 13)).toBe(13);
  });

  it('is not thrown one below by floating point (0.29 × 100 = 28.999…)', () => {
    expect(0.29 * 100).toBeLessThan(29);
    expect(excellentQuota(0.29, 100)).toBe(29);
    expect(excellentQuota(0.57, 100)).toBe(57);
  });

  it('is 0 for an empty class or a zero rate', () => {
    expect(excellentQuota(0.15, 0)).toBe(0);
    expect(excellentQuota(0, 50)).toBe(0);
  });
});

describe('places', () => {
  it('a nomination fits while fewer places than the quota are taken', () => {
    expect(quotaFull(3, 2)).toBe(false);
    expect(quotaFull(3, 3)).toBe(true);
    expect(quotaFull(0, 0)).toBe(true);
    expect(quotaFull(2, 3)).toBe(true); // the class shrank after its nominations
  });

  it('places left never go below 0', () => {
    expect(placesLeft(3, 1)).toBe(2);
    expect(placesLeft(2, 3)).toBe(0);
  });
});

describe('nominateRefusal', () => {
  const ok = { hasClass: true, scores: true, existing: null, verdict: 'PASSED' } as const;

  it('allows a passed teacher of a class with no live nomination, or a withdrawn one', () => {
    expect(nominateRefusal(ok)).toBeNull();
    expect(nominateRefusal({ ...ok, existing: 'WITHDRAWN' })).toBeNull();
  });

  it('refuses, in order: no class, no scheme, a live nomination, not passed', () => {
    expect(nominateRefusal({ ...ok, hasClass: false, scores: false })).toBe('NO_CLASS');
    expect(nominateRefusal({ ...ok, scores: false, verdict: null })).toBe('NO_SCORING');
    expect(nominateRefusal({ ...ok, existing: 'NOMINATED', verdict: 'FAILED' })).toBe('ALREADY_NOMINATED');
    expect(nominateRefusal({ ...ok, existing: 'CONFIRMED' })).toBe('ALREADY_NOMINATED');
    expect(nominateRefusal({ ...ok, verdict: 'IN_PROGRESS' })).toBe('NOT_PASSED');
    expect(nominateRefusal({ ...ok, verdict: 'FAILED' })).toBe('NOT_PASSED');
    expect(nominateRefusal({ ...ok, verdict: null })).toBe('NOT_PASSED');
  });
});

describe('decisions', () => {
  it('only a NOMINATED nomination is pending', () => {
    expect(isPending('NOMINATED')).toBe(true);
    expect(isPending('CONFIRMED')).toBe(false);
    expect(isPending('WITHDRAWN')).toBe(false);
  });

  it('confirming makes it CONFIRMED, declining WITHDRAWN', () => {
    expect(decisionOutcome(true)).toBe('CONFIRMED');
    expect(decisionOutcome(false)).toBe('WITHDRAWN');
  });
});
