import { describe, expect, it } from 'vitest';
import { isPhoneNumber, personFields, stageNamed } from '../../schema/people/person-fields.js';

const ok = (field: keyof typeof personFields, value: string) => personFields[field].safeParse(value).success;

describe('a person’s fields', () => {
  it('accepts logins of letters, digits, ".", "_", "-" and "@" that begin with a letter or digit, up to 64', () => {
    for (const login of ['wang.fang', 'T-2024_01', '13812345678', 'li@school', 'a', 'x'.repeat(64)]) {
      expect(ok('login', login), login).toBe(true);
    }
    for (const login of ['', 'has space', '.dot', '_under', '-dash', '@at', '王芳', 'x'.repeat(65), 'tab\there']) {
      expect(ok('login', login), login).toBe(false);
    }
  });

  it('accepts phone numbers of 7 to 15 digits with spaces, hyphens or brackets, and no leading +', () => {
    for (const phone of ['13812345678', '0551-6262 1234', '(010) 12345678', '008613812345678', '6262123']) {
      expect(isPhoneNumber(phone), phone).toBe(true);
    }
    for (const phone of ['+8613812345678', '123456', '1234567890123456', '138-1234-567a', '138 1234 5678 ', '(0551)']) {
      expect(isPhoneNumber(phone), phone).toBe(false);
    }
    expect(personFields.phone.safeParse(' 13812345678 ').data).toBe('13812345678');
  });

  it('refuses formula-like text as given, and checks e-mail addresses', () => {
    expect(ok('teachingSubject', '信息技术')).toBe(true);
    expect(ok('teachingSubject', ' =1+1')).toBe(false);
    expect(ok('employeeNumber', '\tE01')).toBe(false);
    expect(ok('email', 'wf@x.invalid')).toBe(true);
    expect(ok('email', '=wf@x.invalid')).toBe(false);
    expect(ok('email', 'not-an-email')).toBe(false);
  });

  it('names school stages by enum value (any case) or in Chinese', () => {
    expect(['primary', 'PRIMARY', '小学', ' 初中 ', '幼儿园', '中职', '大学'].map(stageNamed)).toEqual([
      'PRIMARY',
      'PRIMARY',
      'PRIMARY',
      'JUNIOR_SECONDARY',
      'KINDERGARTEN',
      'VOCATIONAL',
      null,
    ]);
  });

  it('normalizes a national ID number and words its problem', () => {
    const parsed = personFields.nationalId.safeParse('11010519491231002x');
    expect(parsed.data).toBe('11010519491231002X');
    const wrong = personFields.nationalId.safeParse('110105194912310021');
    expect(wrong.error?.issues[0]?.message).toBe('NATIONAL_ID.CHECK_DIGIT');
  });
});
