import { describe, expect, it } from 'vitest';
import {
  checkNationalId,
  hashNationalId,
  maskNationalId,
  nationalIdCheckCharacter,
  protectNationalId,
} from '../../schema/users/national-id.js';

const TODAY = new Date('2025-06-01T00:00:00Z');

describe('national ID numbers (GB 11643)', () => {
  it.each(['440402199003191234', '11010519491231002X', '320102200002291235'])('%s is valid', (id) => {
    expect(checkNationalId(id, TODAY)).toEqual({ valid: true, normalized: id });
  });

  it('computes the check character with ISO 7064 MOD 11-2, X standing for 10', () => {
    expect(nationalIdCheckCharacter('44040219900319123')).toBe('4');
    expect(nationalIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('accepts a lower-case x and surrounding spaces, and normalizes them', () => {
    expect(checkNationalId(' 11010519491231002x ', TODAY)).toEqual({ valid: true, normalized: '11010519491231002X' });
  });

  it('refuses a wrong check character', () => {
    expect(checkNationalId('440402199003191235', TODAY)).toMatchObject({ valid: false, problem: 'CHECK_DIGIT' });
    expect(checkNationalId('110105194912310021', TODAY)).toMatchObject({ valid: false, problem: 'CHECK_DIGIT' });
  });

  it.each(['44040219900319123', '4404021990031912345', '44040219900319123Y', 'X40402199003191234', ''])(
    'refuses the shape of "%s"',
    (id) => {
      expect(checkNationalId(id, TODAY)).toMatchObject({ valid: false, problem: 'FORMAT' });
    },
  );

  it('refuses impossible and future birth dates', () => {
    const withCheck = (first17: string) => first17 + nationalIdCheckCharacter(first17);
    expect(checkNationalId(withCheck('44040219900230123'), TODAY)).toMatchObject({
      valid: false,
      problem: 'BIRTH_DATE',
    });
    expect(checkNationalId(withCheck('44040218991231123'), TODAY)).toMatchObject({
      valid: false,
      problem: 'BIRTH_DATE',
    });
    expect(checkNationalId(withCheck('44040220300101123'), TODAY)).toMatchObject({
      valid: false,
      problem: 'BIRTH_DATE',
    });
    expect(checkNationalId(withCheck('44040220000229123'), TODAY)).toMatchObject({ valid: true });
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskNationalId('440402199003191234')).toBe('440402********1234');
    expect(maskNationalId('11010519491231002X')).toBe('110105********002X');
  });

  it('hashes with a key: stable under one key, different under another, never containing the number', () => {
    const id = '440402199003191234';
    const a = hashNationalId(id, 'key-a');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashNationalId(id, 'key-a')).toBe(a);
    expect(hashNationalId(id, 'key-b')).not.toBe(a);
    expect(hashNationalId('11010519491231002X', 'key-a')).not.toBe(a);
    const stored = protectNationalId(id, 'key-a');
    expect(stored).toEqual({ nationalIdHash: a, nationalIdMasked: '440402********1234' });
    expect(JSON.stringify(stored)).not.toContain(id);
  });
});
