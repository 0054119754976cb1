import { describe, expect, it } from 'vitest';
import { isHttpUrl, rejectRefusal, shareCounts, shareLimitBreached } from '../../schema/shares/rules.js';

describe('isHttpUrl', () => {
  it('accepts http and https addresses with a host', () => {
    expect(isHttpUrl('https://example.cn/lesson?id=1')).toBe(true);
    expect(isHttpUrl('http://教育.cn/资源')).toBe(true);
  });
  it('refuses other schemes, relative links, spaces and over-long links', () => {
    for (const url of [
      'javascript:alert(1)',
      'ftp://example.cn/x',
      'data:text/html,<b>x</b>',
      '/relative/path',
      'https://',
      'https://example.cn/a b',
      'https://example.cn/\u0000',
      `https://example.cn/${'x'.repeat(2000)}`,
    ]) {
      expect(isHttpUrl(url), url).toBe(false);
    }
  });
});

describe('counting and limits', () => {
  it('counts ACTIVE shares only', () => {
    expect(shareCounts('ACTIVE')).toBe(true);
    expect(shareCounts('REJECTED')).toBe(false);
  });
  it('caps ACTIVE shares at maxPerTeacher when the programme sets it', () => {
    expect(shareLimitBreached(1, 2)).toBeNull();
    expect(shareLimitBreached(2, 2)).toEqual({ max: 2 });
    expect(shareLimitBreached(500, undefined)).toBeNull();
  });
});

describe('rejectRefusal', () => {
  it('lets a tutor reject an ACTIVE share where the programme allows it', () => {
    expect(rejectRefusal(true, 'ACTIVE')).toBeNull();
  });
  it('refuses where the programme does not allow it, and a share already rejected', () => {
    expect(rejectRefusal(false, 'ACTIVE')).toBe('REJECT_DISABLED');
    expect(rejectRefusal(true, 'REJECTED')).toBe('ALREADY_REJECTED');
  });
});
