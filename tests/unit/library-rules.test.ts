import { beforeAll, describe, expect, it } from 'vitest';
import { type Segmenter, segmenter } from '../../api/library/segmenter.js';
import {
  ancestorPaths,
  attribution,
  chooseFile,
  consentTransition,
  finds,
  findsWhere,
  keptWords,
  MAX_LIBRARY_QUERY_WORDS,
  mayCurateInto,
  mayWithdraw,
  parentPath,
  plainText,
  queryWords,
  searchTokens,
  sourceRefusal,
  tagNames,
} from '../../schema/library/rules.js';

let segment: Segmenter;
beforeAll(async () => {
  segment = await segmenter();
});

describe('words', () => {
  it('segments 思维导图 into 思维 + 导图, and a compound into its words and the words inside', () => {
    expect(segment('思维导图')).toEqual(['思维', '导图']);
    expect(segment('课堂教学')).toEqual(expect.arrayContaining(['课堂', '教学', '课堂教学']));
  });

  it('keeps words with a letter or digit, lower-cased, without function words', () => {
    expect(keptWords(['思维', ' ', '的', '--', "'", 'PowerPoint', 'A1', '！', 'ＡＢＣ'])).toEqual([
      '思维',
      'powerpoint',
      'a1',
      'abc',
    ]);
  });

  it('indexes the title, the body and the tags, in order, repeats kept', () => {
    const tokens = searchTokens(
      { title: '用思维导图梳理知识', body: '学生画思维导图', tags: ['A1 技术支持的学情分析', '小学', '课件'] },
      segment,
    );
    expect(tokens).toBe('用 思维 导图 梳理 知识 学生 画 思维 导图 a1 技术 支持 技术支持 学情 分析 小学 课件');
  });

  it('reduces a briefing’s HTML to its text', () => {
    expect(plainText('<p>课堂<strong>观察</strong> &amp; 研讨&nbsp;</p>')).toBe(' 课堂 观察  & 研讨  ');
  });

  it('queries by distinct words; punctuation and operators are no words; long queries are capped', () => {
    expect(queryWords('思维导图 思维', segment)).toEqual(['思维', '导图']);
    expect(queryWords(`'; DROP TABLE x; -- & | ! :*`, segment)).toEqual(['drop', 'table', 'x']);
    expect(queryWords('!!! ，。；', segment)).toEqual([]);
    const many = Array.from({ length: 60 }, (_v, i) => `w${i}`).join(' ');
    expect(queryWords(many, segment)).toHaveLength(MAX_LIBRARY_QUERY_WORDS);
  });
});

describe('who finds a published resource', () => {
  const province = '/p/';
  const district = '/p/c/d/';
  const school = '/p/c/d/s/';
  const otherSchool = '/p/c/d/t/';
  const otherDistrict = '/p/c/e/';

  it('lists the paths above an organisation and its parent', () => {
    expect(ancestorPaths(school)).toEqual(['/p/', '/p/c/', '/p/c/d/', '/p/c/d/s/']);
    expect(parentPath(school)).toBe(district);
    expect(parentPath(province)).toBeNull();
  });

  it('members find their own library and those above; roles above find the libraries below', () => {
    const teacher = [`${school}class/`, school];
    expect(finds(teacher, school)).toBe(true);
    expect(finds(teacher, district)).toBe(true);
    expect(finds(teacher, province)).toBe(true);
    expect(finds(teacher, otherSchool)).toBe(false);
    expect(finds(teacher, `${otherDistrict}x/`)).toBe(false);
    const districtAdmin = [district];
    expect(finds(districtAdmin, school)).toBe(true);
    expect(finds(districtAdmin, province)).toBe(true);
    expect(finds(districtAdmin, `${otherDistrict}x/`)).toBe(false);
    expect(finds([], school)).toBe(false);
  });

  it('gives the same answer as SQL lists', () => {
    const paths = [`${school}class/`, school, otherDistrict];
    const { exact, under } = findsWhere(paths);
    expect(under).toEqual([school, otherDistrict]);
    for (const scope of [province, district, school, otherSchool, `${otherDistrict}x/`, '/q/', `${school}class/`]) {
      const sql = exact.includes(scope) || under.some((path) => scope.startsWith(path));
      expect(sql, scope).toBe(finds(paths, scope));
    }
  });
});

describe('curation', () => {
  it('takes finished, good work only', () => {
    expect(sourceRefusal({ kind: 'SHARE', status: 'ACTIVE' })).toBeNull();
    expect(sourceRefusal({ kind: 'SHARE', status: 'REJECTED' })).toBe('SHARE_NOT_ACTIVE');
    expect(sourceRefusal({ kind: 'ASSIGNMENT_SUBMISSION', status: 'MARKED' })).toBeNull();
    expect(sourceRefusal({ kind: 'ASSIGNMENT_SUBMISSION', status: 'RETURNED' })).toBe('SUBMISSION_NOT_MARKED');
    expect(sourceRefusal({ kind: 'EVIDENCE', status: 'ASSESSED', outcome: 'EXCELLENT' })).toBeNull();
    expect(sourceRefusal({ kind: 'EVIDENCE', status: 'ASSESSED', outcome: 'PASS' })).toBeNull();
    expect(sourceRefusal({ kind: 'EVIDENCE', status: 'ASSESSED', outcome: 'FAIL' })).toBe('EVIDENCE_NOT_PASSED');
    expect(sourceRefusal({ kind: 'EVIDENCE', status: 'GROUP_REVIEWED', outcome: null })).toBe('EVIDENCE_NOT_PASSED');
    expect(sourceRefusal({ kind: 'CLASS_NOTICE', noticeKind: 'BRIEFING' })).toBeNull();
    expect(sourceRefusal({ kind: 'CLASS_NOTICE', noticeKind: 'ANNOUNCEMENT' })).toBe('NOTICE_NOT_BRIEFING');
  });

  it('lets each curator reach the libraries at their level and below, a tutor their class’s school', () => {
    const source = ['/p/c/d/s/k/', '/p/c/d/s/'];
    const tutor = [{ path: '/p/c/d/s/k/', kind: 'CLASS' as const }];
    expect(mayCurateInto(tutor, source, '/p/c/d/s/')).toBe(true);
    expect(mayCurateInto(tutor, source, '/p/c/d/')).toBe(false);
    // The tutor of another class does not cover the source.
    expect(mayCurateInto([{ path: '/p/c/d/s/j/', kind: 'CLASS' }], source, '/p/c/d/s/')).toBe(false);
    const schoolAdmin = [{ path: '/p/c/d/s/', kind: 'SCHOOL' as const }];
    expect(mayCurateInto(schoolAdmin, source, '/p/c/d/s/')).toBe(true);
    expect(mayCurateInto(schoolAdmin, source, '/p/c/d/')).toBe(false);
    const districtAdmin = [{ path: '/p/c/d/', kind: 'DISTRICT' as const }];
    expect(mayCurateInto(districtAdmin, source, '/p/c/d/')).toBe(true);
    expect(mayCurateInto(districtAdmin, source, '/p/c/d/s/')).toBe(true);
    expect(mayCurateInto(districtAdmin, source, '/p/')).toBe(false);
    expect(mayCurateInto([{ path: '/p/c/e/', kind: 'DISTRICT' }], source, '/p/c/d/')).toBe(false);
    expect(mayCurateInto([{ path: '/p/', kind: 'PROVINCE' }], source, '/p/')).toBe(true);
    expect(mayCurateInto([], source, '/p/c/d/s/')).toBe(false);
  });

  it('offers a video for a VIDEO, else the first file', () => {
    const files = [
      { fileId: 'plan', contentType: 'application/pdf' },
      { fileId: 'clip', contentType: 'video/mp4' },
    ];
    expect(chooseFile('VIDEO', files)).toBe('clip');
    expect(chooseFile('LESSON_PLAN', files)).toBe('plan');
    expect(chooseFile('VIDEO', [files[0]!])).toBe('plan');
    expect(chooseFile('CASE', [])).toBeNull();
  });

  it('attributes the author and their school, and names the tags', () => {
    expect(attribution('张敏', '天长市实验小学')).toBe('张敏（天长市实验小学）');
    expect(
      tagNames({
        competency: { code: 'A1', nameZh: '技术支持的学情分析' },
        stage: 'PRIMARY',
        subject: '数学',
        kind: 'VIDEO',
      }),
    ).toEqual(['A1 技术支持的学情分析', '小学', '数学', '视频 课例']);
    expect(tagNames({ competency: null, stage: null, subject: null, kind: 'OTHER' })).toEqual(['其他']);
  });
});

describe('consent', () => {
  it('publishes, declines, withdraws published work, and never revives withdrawn work', () => {
    expect(consentTransition('AWAITING_CONSENT', true)).toEqual({ next: 'PUBLISHED' });
    expect(consentTransition('AWAITING_CONSENT', false)).toEqual({ next: 'DECLINED' });
    expect(consentTransition('DECLINED', true)).toEqual({ next: 'PUBLISHED' });
    expect(consentTransition('DECLINED', false)).toEqual({ next: 'DECLINED' });
    expect(consentTransition('PUBLISHED', true)).toEqual({ next: 'PUBLISHED' });
    expect(consentTransition('PUBLISHED', false)).toEqual({ next: 'WITHDRAWN' });
    expect(consentTransition('WITHDRAWN', true)).toEqual({ refusal: 'WITHDRAWN' });
    expect(mayWithdraw('AWAITING_CONSENT')).toBe(true);
    expect(mayWithdraw('PUBLISHED')).toBe(true);
    expect(mayWithdraw('DECLINED')).toBe(false);
    expect(mayWithdraw('WITHDRAWN')).toBe(false);
  });
});
