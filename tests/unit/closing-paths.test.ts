import { describe, expect, it } from 'vitest';
import { translate } from '../../api/i18n/messages.js';
import { isClosedFor } from '../../schema/shared/authz/closing.js';
import { ClosedError } from '../../schema/shared/error-classes.js';

// Materialised paths: ids from the root, each ending with "/".
const district = '/p/d/';
const school = '/p/d/s1/';
const classOfSchool = '/p/d/s1/c1/';
const groupOfSchool = '/p/d/s1/g1/';
const otherSchool = '/p/d/s2/';
/** A school whose id starts with the closed one's: its path is no subtree of it. */
const lookalike = '/p/d/s1x/';

describe('isClosedFor: a record is closed when one of its paths lies at or under a closed school', () => {
  it('refuses the school itself and everything under it (its classes and groups)', () => {
    expect(isClosedFor([school], [school])).toBe(true);
    expect(isClosedFor([classOfSchool, school], [school])).toBe(true);
    expect(isClosedFor([groupOfSchool], [school])).toBe(true);
  });

  it('leaves the district above it, other schools and look-alike ids alone', () => {
    expect(isClosedFor([district], [school])).toBe(false);
    expect(isClosedFor([otherSchool], [school])).toBe(false);
    expect(isClosedFor([lookalike], [school])).toBe(false);
  });

  it('refuses a record with several paths when any one is closed (a peer review: the reviewer’s and the evidence’s school)', () => {
    expect(isClosedFor([otherSchool, classOfSchool], [school])).toBe(true);
    expect(isClosedFor([otherSchool, district], [school])).toBe(false);
    expect(isClosedFor([otherSchool], [school, otherSchool])).toBe(true);
  });

  it('refuses nothing when no school closed, or when the record has no path', () => {
    expect(isClosedFor([school], [])).toBe(false);
    expect(isClosedFor([], [school])).toBe(false);
  });
});

describe('ClosedError', () => {
  it('carries the code CLOSED and says so in Chinese and English', () => {
    const error = new ClosedError();
    expect(error.code).toBe('CLOSED');
    expect(translate('zh-CN', error.messageKey, error.params)).toBe('该学校已在此项目结项，记录不可再修改。');
    expect(translate('en', error.messageKey, error.params)).toBe(
      'This school has closed (结项) in this programme; its records can no longer change.',
    );
  });
});
