/**
 * Messages are for people, in their language: the same request in zh-CN and in en gives the same codes and
 * numbers, with the words in each language. Every message of the catalogue exists in both.
 */

import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, messageKeys, messageSource, translate } from '../../api/i18n/messages.js';
import '../../schema/index.js';
import { CataloguesDocument, SubmitSelectionDocument } from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { ofType } from '../kit/results.js';
import { TIANCHANG } from '../kit/rules.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
});
afterAll(() => t?.close());

describe('the same rule violation in zh-CN and en', () => {
  it('keeps codes and numbers and words the messages in each language, dimension names included', async () => {
    const catalogue = await t.world.catalogue();
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ status: 'RUNNING', rules: { selection: TIANCHANG }, schools: [s] });
    const e = await p.teacher(s);
    // A5+A6+A7+A8: 20 credits, every point in one dimension (学法指导, learning guidance).
    const input = { enrolmentId: e.gid, competencyIds: catalogue.ids('A5', 'A6', 'A7', 'A8') };
    const rejected = async (locale: 'zh-CN' | 'en') =>
      ofType(await t.mutate(SubmitSelectionDocument, input, { as: e.teacher, locale }), 'SelectionRejectedError');
    const [zh, en] = [await rejected('zh-CN'), await rejected('en')];
    const numbers = (error: typeof zh) => ({
      code: error.code,
      violations: error.violations.map(({ message: _message, ...rest }) => rest),
    });
    expect(numbers(zh)).toEqual(numbers(en));
    expect(en.violations.map((v) => v.message)).toEqual([
      'All selected points are in one dimension (Learning Guidance); choose points from more than one dimension.',
    ]);
    expect(zh.violations.map((v) => v.message)).toEqual([
      '所选能力点都属于同一维度（学法指导），请从不止一个维度中选择。',
    ]);
    expect(zh.message).not.toBe(en.message);
  });

  it('translates GraphQL errors the same way: the code stays, the words change', async () => {
    const [zh, en] = [
      await t.request(CataloguesDocument, { first: 101 }, { locale: 'zh-CN' }),
      await t.request(CataloguesDocument, { first: 101 }, { locale: 'en' }),
    ];
    expect(zh.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(en.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(en.errors?.[0]?.message).toBe('first must be a whole number from 0 to 100');
    expect(zh.errors?.[0]?.message).toBe('first 须为 0 到 100 之间的整数');
  });

  it('follows Accept-Language, and falls back to the app’s language for none or *', async () => {
    const ask = (locale: string | null) =>
      t.request(
        CataloguesDocument,
        { first: 101 },
        { locale: null, headers: locale ? { 'accept-language': locale } : {} },
      );
    expect((await ask('zh-CN,zh;q=0.9'))?.errors?.[0]?.message).toMatch(/须为/);
    expect((await ask('en-GB,en;q=0.8'))?.errors?.[0]?.message).toMatch(/whole number/);
    // The test app's own default is English; the demo's is zh-CN.
    expect((await ask('*'))?.errors?.[0]?.message).toMatch(/whole number/);
    expect((await ask(null))?.errors?.[0]?.message).toMatch(/whole number/);
  });
});

/** Every argument a message names, as `1`: a number suits plurals, and selects fall to `other`. */
function sampleParams(source: string): Record<string, number> {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as Array<{ value?: unknown; options?: Record<string, { value: unknown[] }> }>) {
      if (
        typeof element.value === 'string' &&
        'type' in element &&
        [1, 2, 3, 4, 5, 6].includes((element as { type: number }).type)
      )
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, 'en').getAst());
  return Object.fromEntries([...names].map((name) => [name, 1]));
}

describe('the message catalogue', () => {
  it('has every message in both languages, each a valid ICU message, the Chinese one in Chinese', () => {
    const keys = messageKeys();
    expect(keys.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const key of keys) {
      for (const locale of LOCALES) {
        try {
          const text = translate(locale, key, sampleParams(messageSource(locale, key)));
          if (!text.trim()) problems.push(`${key} ${locale}: empty`);
          if (locale === 'zh-CN' && !/[\u3400-\u9fff]/.test(text))
            problems.push(`${key} zh-CN: no Chinese in "${text}"`);
        } catch (error) {
          problems.push(`${key} ${locale}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
