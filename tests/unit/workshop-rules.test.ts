import { describe, expect, it } from 'vitest';
import { characters, isWebUrl, participates, postCounts, sanitizeNotice } from '../../schema/workshops/rules.js';

const window = { opensAt: new Date('2022-05-06T00:00:00Z'), closesAt: new Date('2022-07-10T23:59:59Z') };
const at = (iso: string, body = '我认为信息技术支持的学情分析很有用', hidden = false) => ({
  body,
  createdAt: new Date(iso),
  hidden,
});

describe('when a post counts as participation', () => {
  it('within the window, both ends included', () => {
    expect(postCounts(at('2022-05-06T00:00:00Z'), window, 1)).toBe(true);
    expect(postCounts(at('2022-07-10T23:59:59Z'), window, 1)).toBe(true);
    expect(postCounts(at('2022-07-11T00:00:00Z'), window, 1)).toBe(false);
    expect(postCounts(at('2022-05-05T23:59:59Z'), window, 1)).toBe(false);
  });

  it('not when hidden, nor under the minimum length (counted in characters, not bytes or UTF-16 units)', () => {
    expect(postCounts(at('2022-06-01T00:00:00Z', 'x', true), window, 1)).toBe(false);
    expect(postCounts(at('2022-06-01T00:00:00Z', '好的'), window, 3)).toBe(false);
    expect(postCounts(at('2022-06-01T00:00:00Z', '很好的'), window, 3)).toBe(true);
    expect(characters('𠀀𠀁')).toBe(2);
    expect(postCounts(at('2022-06-01T00:00:00Z', '𠀀𠀁'), window, 3)).toBe(false);
  });

  it('a teacher participates once however often they post; a hidden post does not make it, another qualifying one does', () => {
    const twice = [at('2022-06-01T00:00:00Z'), at('2022-06-02T00:00:00Z')];
    expect(participates(twice, window, 1)).toBe(true);
    expect(participates([at('2022-06-01T00:00:00Z', 'x', true)], window, 1)).toBe(false);
    expect(participates([at('2022-06-01T00:00:00Z', 'x', true), at('2022-08-01T00:00:00Z')], window, 1)).toBe(false);
    expect(participates([at('2022-06-01T00:00:00Z', 'x', true), at('2022-06-03T00:00:00Z')], window, 1)).toBe(true);
  });
});

describe('links and rich text', () => {
  it('accepts http and https links only', () => {
    expect(isWebUrl('https://live.example.cn/room/1')).toBe(true);
    expect(isWebUrl('http://example.cn')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('ftp://example.cn/file')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });

  it('removes scripts, handlers, styles, images and unsafe links from notices', () => {
    expect(
      sanitizeNotice('<p style="color:red" onclick="x()">本周<script>alert(1)</script><img src=x onerror=y>进展</p>'),
    ).toBe('<p>本周进展</p>');
    expect(sanitizeNotice('<a href="https://example.cn">资源</a><a href="javascript:x()">坏</a>')).toBe(
      '<a href="https://example.cn" rel="noopener noreferrer">资源</a><a rel="noopener noreferrer">坏</a>',
    );
    expect(sanitizeNotice('<ul><li>一</li></ul><table><tr><td colspan="2">表</td></tr></table>')).toContain(
      '<td colspan="2">',
    );
    expect(sanitizeNotice('<script>x</script>   ')).toBe('');
  });
});
