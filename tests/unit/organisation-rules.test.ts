import { describe, expect, it } from 'vitest';
import {
  deactivationBlock,
  mayHoldChild,
  moveBlock,
  movedPath,
  orderedStages,
  ownIdOf,
  prefixPattern,
  rewritePathPrefix,
  type SchoolParticipation,
  stagesProblem,
} from '../../schema/organisations/rules.js';

const programme = (code: string, extra: Partial<SchoolParticipation> = {}): SchoolParticipation => ({
  code,
  status: 'RUNNING',
  enrolments: 0,
  inBatch: true,
  ...extra,
});

describe('where an organisation may sit', () => {
  it('a district belongs to a province or a city; a school to a district; a city to a province', () => {
    expect(mayHoldChild('PROVINCE', 'DISTRICT')).toBe(true);
    expect(mayHoldChild('CITY', 'DISTRICT')).toBe(true);
    expect(mayHoldChild('DISTRICT', 'DISTRICT')).toBe(false);
    expect(mayHoldChild('SCHOOL', 'DISTRICT')).toBe(false);
    expect(mayHoldChild('PROVINCE', 'CITY')).toBe(true);
    expect(mayHoldChild('CITY', 'CITY')).toBe(false);
    expect(mayHoldChild('DISTRICT', 'SCHOOL')).toBe(true);
    expect(mayHoldChild('CITY', 'SCHOOL')).toBe(false);
    expect(mayHoldChild('SCHOOL', 'CLASS')).toBe(true);
    expect(mayHoldChild('SCHOOL', 'GROUP')).toBe(true);
  });
});

describe('stages a school may hold', () => {
  it('a school holds at least one stage, each once (a nine-year school holds two)', () => {
    expect(stagesProblem('SCHOOL', ['PRIMARY'])).toBeNull();
    expect(stagesProblem('SCHOOL', ['PRIMARY', 'JUNIOR_SECONDARY'])).toBeNull();
    expect(stagesProblem('SCHOOL', [])).toEqual({ problem: 'NONE' });
    expect(stagesProblem('SCHOOL', ['PRIMARY', 'VOCATIONAL', 'PRIMARY'])).toEqual({
      problem: 'REPEATED',
      stage: 'PRIMARY',
    });
  });

  it('nothing but a school holds stages', () => {
    expect(stagesProblem('DISTRICT', [])).toBeNull();
    expect(stagesProblem('CLASS', ['PRIMARY'])).toEqual({ problem: 'NOT_A_SCHOOL', kind: 'CLASS' });
  });

  it('keeps stages youngest first', () => {
    expect(orderedStages(['VOCATIONAL', 'PRIMARY', 'KINDERGARTEN', 'SENIOR_SECONDARY', 'JUNIOR_SECONDARY'])).toEqual([
      'KINDERGARTEN',
      'PRIMARY',
      'JUNIOR_SECONDARY',
      'SENIOR_SECONDARY',
      'VOCATIONAL',
    ]);
  });
});

describe('when a school can be deactivated', () => {
  it('not while its teachers are enrolled in a RUNNING programme', () => {
    expect(
      deactivationBlock([programme('b', { enrolments: 2 }), programme('a', { enrolments: 3 }), programme('c')]),
    ).toEqual({ programmes: ['a', 'b'], enrolments: 5 });
  });

  it('when it is only listed in a batch, or its teachers are in programmes not started or closed', () => {
    expect(deactivationBlock([])).toBeNull();
    expect(deactivationBlock([programme('listed')])).toBeNull();
    expect(
      deactivationBlock([
        programme('draft', { status: 'DRAFT', enrolments: 4 }),
        programme('published', { status: 'PUBLISHED', enrolments: 4 }),
        programme('closed', { status: 'CLOSED', enrolments: 40 }),
      ]),
    ).toBeNull();
  });
});

describe('when a school can move to another district', () => {
  it('not while it is in a batch of, or has teachers in, a programme that is not closed', () => {
    expect(moveBlock([programme('running')])).toEqual({ programmes: ['running'], enrolments: 0 });
    expect(moveBlock([programme('draft', { status: 'DRAFT' })])).toEqual({ programmes: ['draft'], enrolments: 0 });
    expect(
      moveBlock([
        programme('published', { status: 'PUBLISHED', inBatch: false, enrolments: 2 }),
        programme('closed', { status: 'CLOSED', enrolments: 9 }),
      ]),
    ).toEqual({ programmes: ['published'], enrolments: 2 });
  });

  it('once every programme it took part in is closed', () => {
    expect(moveBlock([])).toBeNull();
    expect(moveBlock([programme('closed', { status: 'CLOSED', enrolments: 30 })])).toBeNull();
  });
});

describe('path rewrite of a prefix', () => {
  const school = '/p/c/d1/s/';

  it('a moved organisation keeps its own id under the new parent', () => {
    expect(ownIdOf(school)).toBe('s');
    expect(movedPath(school, '/p/d2/')).toBe('/p/d2/s/');
    expect(() => ownIdOf('/')).toThrow();
  });

  it('rewrites the subtree and only the subtree', () => {
    const to = movedPath(school, '/p/d2/');
    expect(rewritePathPrefix(school, school, to)).toBe('/p/d2/s/');
    expect(rewritePathPrefix('/p/c/d1/s/class/', school, to)).toBe('/p/d2/s/class/');
    expect(rewritePathPrefix('/p/c/d1/', school, to)).toBe('/p/c/d1/');
    expect(rewritePathPrefix('/p/c/d1/s2/', school, to)).toBe('/p/c/d1/s2/');
    // A sibling whose id begins like the school's is not inside it: paths end with "/".
    expect(rewritePathPrefix('/p/c/d1/s-other/', school, to)).toBe('/p/c/d1/s-other/');
  });

  it('matches the prefix with LIKE, wildcards escaped', () => {
    expect(prefixPattern('/a-b/c/')).toBe('/a-b/c/%');
    expect(prefixPattern('/a_b/%/\\/')).toBe('/a\\_b/\\%/\\\\/%');
  });
});
