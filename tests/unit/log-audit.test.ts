/**
 * The log audit's scanner (tests/kit/log-audit.ts) finds what it must: planted lines with a token, a national ID
 * number, a phone number, Chinese text or a seeded name are reported, real request lines are not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanLine, scanLogDirectory, seededNames } from '../kit/log-audit.js';

const names = seededNames();
const rules = (line: string) => scanLine(line, names).map((finding) => finding.rule);

const JWT =
  'eyJhbGciOiJFUzI1NiIsImtpZCI6ImRldiJ9.eyJzdWIiOiJ0ZWFjaGVyIiwiaXNzIjoidGlzaGVuZy1kZXYifQ.c2lnbmF0dXJlLWJ5dGVz';

/** A request line as the API writes it. */
const CLEAN =
  '{"level":30,"time":1796000000000,"service":"tisheng","requestId":"0f8fad5b-d9cb-469f-a165-70867728950e",' +
  '"method":"POST","route":"/graphql","operation":"CreateUser","operationType":"mutation",' +
  '"principal":{"kind":"user","id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"},"cost":13,"durationMs":12.345,' +
  '"status":200,"outcome":"ok","msg":"request"}';

describe('the log audit scanner', () => {
  it('knows the seeded people by name', () => {
    expect(names).toEqual(expect.arrayContaining(['王老师', '陈项目办', '陈思远']));
    expect(names.every((name) => !name.includes('('))).toBe(true);
  });

  it('passes a request line', () => {
    expect(scanLine(CLEAN, names)).toEqual([]);
  });

  it('finds a JWT', () => {
    expect(rules(`{"msg":"request","authorization":"Bearer ${JWT}"}`)).toEqual(['JWT']);
  });

  it('finds a national ID number, with a digit or X as check character', () => {
    expect(rules('{"msg":"import row","id":"11010519491231002X"}')).toEqual(['national ID number']);
    expect(rules('{"msg":"import row","id":"440402199001011234"}')).toEqual(['national ID number']);
    // Not 18 characters long, or inside a longer token: not one.
    expect(rules('{"n":"4404021990010112345"}')).toEqual([]);
    expect(rules('{"hash":"ab440402199001011234cd"}')).toEqual([]);
  });

  it('finds a mainland mobile number', () => {
    expect(rules('{"msg":"updated","phone":"13812345678"}')).toEqual(['mobile number']);
    expect(rules('{"msg":"called 19912345678 twice"}')).toEqual(['mobile number']);
    // 12 digits, a landline prefix, or a timestamp: not one.
    expect(rules('{"n":"138123456789","m":"12812345678","time":1796000000000}')).toEqual([]);
  });

  it('finds Chinese text and seeded names', () => {
    expect(rules('{"msg":"用户已停用"}')).toEqual(['CJK character']);
    expect(rules('{"msg":"signed in","who":"王老师"}')).toEqual(['CJK character', 'seeded name']);
    // Full-width punctuation counts too (a Chinese message's colon).
    expect(rules('{"msg":"x：y"}')).toEqual(['CJK character']);
  });

  describe('over a run directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tisheng-audit-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports each planted line by file and line, and passes a clean directory', () => {
      writeFileSync(path.join(dir, '1.jsonl'), `${CLEAN}\n${CLEAN}\n`);
      expect(scanLogDirectory(dir, names)).toEqual({ findings: [], lines: 2 });
      writeFileSync(path.join(dir, '2.jsonl'), `${CLEAN}\n{"token":"${JWT}"}\n{"name":"陈思远"}\n`);
      const { findings, lines } = scanLogDirectory(dir, names);
      expect(lines).toBe(5);
      expect(findings.map(({ rule, where }) => `${where} ${rule}`)).toEqual([
        '2.jsonl:2 JWT',
        '2.jsonl:3 CJK character',
        '2.jsonl:3 seeded name',
      ]);
    });
  });
});
