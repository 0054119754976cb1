import { describe, expect, it } from 'vitest';
import { type BatchWindow, selectionWindowClosesAt } from '../../schema/programmes/selection-window.js';

const at = (iso: string) => new Date(iso);
const window = (opens: string | null, closes: string | null): BatchWindow => ({
  selectionOpensAt: opens ? at(opens) : null,
  selectionClosesAt: closes ? at(closes) : null,
});
const week = { selectionWindowDays: 7 };
const none = {};

describe('selectionWindowClosesAt: worked examples', () => {
  it('Xinbei: teachers select within one week of enrolment', () => {
    expect(selectionWindowClosesAt(at('2021-05-10T02:00:00Z'), week, window(null, null))).toEqual(
      at('2021-05-17T02:00:00Z'),
    );
  });

  it('a teacher enrolled before the batch’s opening gets the week from the opening', () => {
    // Enrolled in April; the first batch's selection opens on 1 May 2021.
    expect(selectionWindowClosesAt(at('2021-04-21T08:00:00Z'), week, window('2021-05-01T00:00:00Z', null))).toEqual(
      at('2021-05-08T00:00:00Z'),
    );
  });

  it('a teacher enrolled after the opening counts from enrolment', () => {
    expect(selectionWindowClosesAt(at('2021-05-03T00:00:00Z'), week, window('2021-05-01T00:00:00Z', null))).toEqual(
      at('2021-05-10T00:00:00Z'),
    );
  });

  it('the batch’s close caps the week', () => {
    // Enrolled on 27 May; the online part ends on 30 May: four days, not seven.
    expect(
      selectionWindowClosesAt(at('2021-05-27T00:00:00Z'), week, window('2021-05-01T00:00:00Z', '2021-05-30T16:00:00Z')),
    ).toEqual(at('2021-05-30T16:00:00Z'));
  });

  it('without days, the batch’s close is everyone’s deadline', () => {
    expect(
      selectionWindowClosesAt(at('2021-06-03T00:00:00Z'), none, window('2021-06-01T00:00:00Z', '2021-06-30T16:00:00Z')),
    ).toEqual(at('2021-06-30T16:00:00Z'));
  });

  it('a teacher enrolled after the close has a window that has already closed', () => {
    const closes = at('2021-05-30T16:00:00Z');
    expect(selectionWindowClosesAt(at('2021-06-15T00:00:00Z'), week, window(null, '2021-05-30T16:00:00Z'))).toEqual(
      closes,
    );
  });
});

describe('selectionWindowClosesAt: every combination of missing parts', () => {
  const enrolled = at('2021-05-10T00:00:00Z');
  const opensLater = '2021-05-20T00:00:00Z';
  const closes = '2021-05-25T00:00:00Z';
  const cases: Array<[string, { selectionWindowDays?: number }, BatchWindow, string | null]> = [
    ['no days, no opening, no close: no window', none, window(null, null), null],
    ['no days, an opening, no close: no window', none, window(opensLater, null), null],
    ['no days, no opening, a close: the close', none, window(null, closes), closes],
    ['no days, an opening and a close: the close', none, window(opensLater, closes), closes],
    ['days only: enrolment + days', week, window(null, null), '2021-05-17T00:00:00.000Z'],
    ['days and a later opening: opening + days', week, window(opensLater, null), '2021-05-27T00:00:00.000Z'],
    [
      'days and a close after them: enrolment + days',
      week,
      window(null, '2021-06-01T00:00:00Z'),
      '2021-05-17T00:00:00.000Z',
    ],
    ['days and a close before them: the close', { selectionWindowDays: 30 }, window(null, closes), closes],
    [
      'days, a later opening and a close: the earlier of opening + days and the close',
      week,
      window(opensLater, closes),
      closes,
    ],
    [
      'days, an earlier opening and a far close: enrolment + days',
      week,
      window('2021-05-01T00:00:00Z', '2021-12-31T00:00:00Z'),
      '2021-05-17T00:00:00.000Z',
    ],
  ];

  it.each(cases)('%s', (_name, rules, batch, expected) => {
    const result = selectionWindowClosesAt(enrolled, rules, batch);
    expect(result?.toISOString() ?? null).toBe(expected === null ? null : at(expected).toISOString());
  });

  it('without a batch window, the programme’s days alone decide (the default)', () => {
    expect(selectionWindowClosesAt(enrolled, week)).toEqual(at('2021-05-17T00:00:00Z'));
    expect(selectionWindowClosesAt(enrolled, none)).toBeNull();
  });
});
