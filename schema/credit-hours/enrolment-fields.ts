/**
 * A teacher's hours on their enrolment: the hour rule's result explained line by line (Enrolment.creditHours), and
 * the ledger itself (Enrolment.creditEntries). For the teacher and the admins over the school (credit:read).
 */
import { builder } from '../builder.js';
import { CreditEntry } from './credit-entry.js';
import { hoursLineMessage } from './messages.js';
import type { HOURS_LINE_CODES, HoursLine, HoursResult } from './rules.js';
import { hoursResultOf } from './status.js';

export const HoursLineCode = builder.enumType('HoursLineCode', {
  description: 'What a line of the hour rule checks.',
  values: {
    TOTAL: { description: 'Hours in all against rules.hours.minTotal (Yiyuan ≥ 50).' },
    ONLINE: { description: 'Online hours against rules.hours.minOnline (Yiyuan, Xinbei ≥ 25).' },
    OFFLINE: { description: 'Offline practice hours against rules.hours.minOffline (Xinbei ≥ 25).' },
    OFFLINE_SHARE: {
      description:
        'The share of offline practice in the counted hours against rules.hours.minOfflineShare (Yiyuan ≥ 50%).',
    },
    OFFLINE_AWAITS_PEER_REVIEWS: {
      description:
        'Offline hours withheld until the teacher completes the peer reviews allocated to them (Xinbei: 完成同行评价后才能获得相应的学时).',
    },
  } satisfies Record<(typeof HOURS_LINE_CODES)[number], { description: string }>,
});

export const CreditHoursLine = builder.objectRef<HoursLine>('CreditHoursLine').implement({
  description: 'One line of the hour rule’s explanation: what the programme requires and what the teacher has.',
  fields: (t) => ({
    code: t.field({ type: HoursLineCode, description: 'What the line checks.', resolve: (line) => line.code }),
    required: t.float({
      nullable: true,
      description:
        'The minimum: hours, or a share 0..1 for OFFLINE_SHARE; null for OFFLINE_AWAITS_PEER_REVIEWS (nothing to reach).',
      resolve: (line) => line.required,
    }),
    actual: t.exposeFloat('actual', {
      description:
        'The teacher’s counted hours (a share 0..1 for OFFLINE_SHARE; the withheld hours for OFFLINE_AWAITS_PEER_REVIEWS).',
    }),
    met: t.exposeBoolean('met', { description: 'True when the minimum is reached (false while hours are withheld).' }),
    message: t.string({
      description: 'The line explained in the request’s language (Accept-Language: zh-CN or en), with its numbers.',
      resolve: (line, _args, context) => hoursLineMessage(context.locale, line),
    }),
  }),
});

export const CreditHours = builder.objectRef<HoursResult>('CreditHours').implement({
  description:
    'A teacher’s credit hours (学时) in a programme against its hour rules (rules.hours). Entries count from the programme’s ' +
    '`countFrom` confirmation (SCHOOL_CONFIRMED unless set), reversals included; offline hours wait for the peer reviews where the ' +
    'programme says so.',
  fields: (t) => ({
    online: t.exposeFloat('online', { description: 'Counted online hours.' }),
    offline: t.exposeFloat('offline', { description: 'Counted offline (practice) hours; 0 while they are withheld.' }),
    total: t.exposeFloat('total', { description: 'online + offline.' }),
    withheldOffline: t.exposeFloat('withheldOffline', {
      description:
        'Offline hours not counted until the teacher completes their peer reviews (0 when none are withheld).',
    }),
    awaitingConfirmation: t.exposeFloat('awaitingConfirmation', {
      description: 'Hours of entries not confirmed enough to count yet.',
    }),
    passed: t.exposeBoolean('passed', { description: 'True when every line is met.' }),
    lines: t.field({
      type: [CreditHoursLine],
      description:
        'The rule line by line: OFFLINE_AWAITS_PEER_REVIEWS first when hours are withheld, then TOTAL, ONLINE, OFFLINE, OFFLINE_SHARE (those the programme sets).',
      resolve: (result) => result.lines,
    }),
  }),
});

/** The teacher's own records and the admins over their school (credit:read). */
const enrolmentReaders = (enrolment: { orgPath: string; teacherId: string }) => ({
  paths: [enrolment.orgPath],
  ownerId: enrolment.teacherId,
});

builder.prismaObjectFields('Enrolment', (t) => ({
  creditHours: t.field({
    type: CreditHours,
    nullable: true,
    description:
      'The teacher’s credit hours (学时) against the programme’s hour rules, explained line by line; null when the programme has no hour ' +
      'rules (rules.hours). For the teacher and the admins over their school (action credit:read); null for anyone else. Three ' +
      'statements for a whole page of enrolments.',
    select: { orgPath: true, teacherId: true },
    authorize: { action: 'credit:read', resource: enrolmentReaders },
    resolve: (enrolment, _args, context) => hoursResultOf(context, enrolment.id),
  }),
  creditEntries: t.relatedConnection('creditEntries', {
    cursor: 'id',
    totalCount: true,
    nullable: true,
    description:
      'The teacher’s credit-hour ledger in the programme (学时台账), newest first: every entry, reversals and the entries they reverse ' +
      'included. For the teacher and the admins over their school (action credit:read); null for anyone else. At most 100 a page.',
    authorize: { action: 'credit:read', resource: enrolmentReaders },
    query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
}));

export { CreditEntry };
