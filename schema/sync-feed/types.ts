/**
 * The feeds' types: a change (event id, commit-order sequence, kind, time, cursor) with its typed record, and a page of
 * changes. Ids inside records are the database's raw UUIDs (stable: the keys a provincial system stores), with the
 * global ID beside them where the API has a node for the record.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { certificateSettings, certificateUrls } from '../../api/certificates/settings.js';
import { FeedEventKind as FeedEventKindValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { CertificateKind } from '../certificates/index.js';
import { CreditCategory, CreditSource } from '../credit-hours/index.js';
import type {
  CertificateRecordData,
  CreditFeedRecord,
  CreditRecordData,
  RosterEnrolmentData,
  RosterFeedRecord,
  RosterPersonData,
  RosterRemovalData,
  RosterSchoolData,
  SchoolClosingRecordData,
} from './rules.js';

export const FeedEventKind = builder.enumType(FeedEventKindValues, {
  name: 'FeedEventKind',
  description:
    'What a feed change is. Credit records: CREDIT_CONFIRMED (an entry became part of the confirmed record: the district ' +
    'confirmed it, 审核确认), CREDIT_REVERSED (a reversal entry was confirmed: its negative hours cancel the entry it reverses), ' +
    'CERTIFICATE_ISSUED, CERTIFICATE_REVOKED, SCHOOL_CLOSED (结项: the school’s records no longer change). Roster: PERSON_CHANGED, ' +
    'SCHOOL_CHANGED, ENROLMENT_CHANGED (created or changed: the whole record as it is now), PERSON_REMOVED, SCHOOL_REMOVED, ' +
    'ENROLMENT_REMOVED (tombstones: ids only).',
});

const RAW = 'raw UUID, stable';

export const CreditRecord = builder.objectRef<CreditRecordData>('CreditRecord').implement({
  description:
    'A district-confirmed ledger entry (学时记录) as it entered the teacher’s confirmed record; a reversal is an entry of its own ' +
    'with negative hours and `reversesId` (the ledger is append-only: nothing is edited in place).',
  fields: (t) => ({
    entryId: t.exposeString('entryId', { description: `The ledger entry (${RAW}).` }),
    entryNodeId: t.id({
      description: 'The same entry as a global ID (a CreditEntry node, for `node(id:)`).',
      resolve: (r) => encodeGlobalID('CreditEntry', r.entryId),
    }),
    programmeId: t.exposeString('programmeId', { description: `The programme (${RAW}).` }),
    enrolmentId: t.exposeString('enrolmentId', { description: `The teacher’s enrolment in the programme (${RAW}).` }),
    teacherId: t.exposeString('teacherId', { description: `The teacher (a person, ${RAW}).` }),
    schoolId: t.exposeString('schoolId', { description: `The teacher’s school in the programme (${RAW}).` }),
    source: t.field({ type: CreditSource, description: 'What produced the entry.', resolve: (r) => r.source as never }),
    category: t.field({ type: CreditCategory, description: 'ONLINE or OFFLINE.', resolve: (r) => r.category as never }),
    hours: t.exposeString('hours', {
      description:
        'Hours as an exact decimal with two places ("25.00"; negative for a reversal: "-25.00"). A string, so no binary ' +
        'rounding: add them as decimals.',
    }),
    reversesId: t.exposeString('reversesId', {
      nullable: true,
      description: `For a reversal (CREDIT_REVERSED): the entry it cancels (${RAW}); null otherwise.`,
    }),
    carriedFromId: t.exposeString('carriedFromId', {
      nullable: true,
      description: `Carried over from an earlier round’s entry (补学, ${RAW}); null otherwise.`,
    }),
    earnedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the entry was appended to the ledger.',
      resolve: (r) => r.earnedAt,
    }),
    confirmedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the district confirmed it (审核确认).',
      resolve: (r) => r.confirmedAt,
    }),
  }),
});

export const CertificateRecord = builder.objectRef<CertificateRecordData>('CertificateRecord').implement({
  description: 'A certificate as issued (CERTIFICATE_ISSUED) or revoked (CERTIFICATE_REVOKED).',
  fields: (t) => ({
    certificateId: t.exposeString('certificateId', { description: `The certificate (${RAW}).` }),
    certificateNodeId: t.id({
      description: 'The same certificate as a global ID (a Certificate node).',
      resolve: (r) => encodeGlobalID('Certificate', r.certificateId),
    }),
    kind: t.field({
      type: CertificateKind,
      description: 'COMPLETION or EXCELLENT_TRAINEE.',
      resolve: (r) => r.kind as never,
    }),
    programmeId: t.exposeString('programmeId', { description: `The programme (${RAW}).` }),
    enrolmentId: t.exposeString('enrolmentId', { description: `The enrolment (${RAW}).` }),
    teacherId: t.exposeString('teacherId', { description: `The teacher (${RAW}).` }),
    issuedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was issued.',
      resolve: (r) => r.issuedAt,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it stops being valid; null when it does not expire.',
      resolve: (r) => r.expiresAt,
    }),
    revoked: t.boolean({ description: 'Whether it is revoked.', resolve: (r) => r.revokedAt !== null }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while valid.',
      resolve: (r) => r.revokedAt,
    }),
    revocationReason: t.exposeString('revocationReason', { nullable: true, description: 'Why it was revoked.' }),
    credentialUrl: t.string({
      description:
        'The credential’s public URL (its id and verification page; `.jwt` after it gives the signed VC-JWT, `.pdf` the printable copy).',
      resolve: (r, _args, context) =>
        certificateUrls(certificateSettings(context.db).baseUrl).credential(r.certificateId),
    }),
  }),
});

export const SchoolClosingRecord = builder.objectRef<SchoolClosingRecordData>('SchoolClosingRecord').implement({
  description: 'A school closed (结项) in a programme: its records there no longer change.',
  fields: (t) => ({
    schoolId: t.exposeString('schoolId', { description: `The school (${RAW}).` }),
    programmeId: t.exposeString('programmeId', { description: `The programme (${RAW}).` }),
    closedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it closed.', resolve: (r) => r.closedAt }),
  }),
});

export const CreditFeedRecordUnion = builder.unionType('CreditFeedRecord', {
  description: 'The record a credit-feed change carries, by kind.',
  types: [CreditRecord, CertificateRecord, SchoolClosingRecord],
  resolveType: (record: CreditFeedRecord) => record.type,
});

export const RosterPerson = builder.objectRef<RosterPersonData>('RosterPerson').implement({
  description: 'A person as they are now (no contact details, no national ID number).',
  fields: (t) => ({
    personId: t.exposeString('personId', { description: `The person (${RAW}).` }),
    personNodeId: t.id({
      description: 'The same person as a global ID (a User node).',
      resolve: (r) => encodeGlobalID('User', r.personId),
    }),
    login: t.exposeString('login', { description: 'Their login.' }),
    displayName: t.exposeString('displayName', { description: 'Their name (姓名).' }),
    teachingSubject: t.exposeString('teachingSubject', { nullable: true, description: 'The subject they teach.' }),
    stage: t.exposeString('stage', { nullable: true, description: 'The school stage they teach (学段).' }),
    employeeNumber: t.exposeString('employeeNumber', { nullable: true, description: 'Their employee number (工号).' }),
    organisationId: t.exposeString('organisationId', { description: `Their home organisation (${RAW}).` }),
    deactivatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When they were deactivated; null while active.',
      resolve: (r) => r.deactivatedAt,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When they were added.',
      resolve: (r) => r.createdAt,
    }),
  }),
});

export const RosterSchool = builder.objectRef<RosterSchoolData>('RosterSchool').implement({
  description: 'A school as it is now.',
  fields: (t) => ({
    schoolId: t.exposeString('schoolId', { description: `The school (${RAW}).` }),
    schoolNodeId: t.id({
      description: 'The same school as a global ID (an Organisation node).',
      resolve: (r) => encodeGlobalID('Organisation', r.schoolId),
    }),
    code: t.exposeString('code', { description: 'Its code.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    parentId: t.exposeString('parentId', { nullable: true, description: `Its district (${RAW}).` }),
    stages: t.exposeStringList('stages', { description: 'Its stages (PRIMARY, JUNIOR, …).' }),
    fullTimeTeachers: t.exposeInt('fullTimeTeachers', { nullable: true, description: 'Its full-time teachers.' }),
    deactivatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was deactivated; null while active.',
      resolve: (r) => r.deactivatedAt,
    }),
  }),
});

export const RosterEnrolment = builder.objectRef<RosterEnrolmentData>('RosterEnrolment').implement({
  description: 'An enrolment as it is now: who is in which programme, batch, school and class.',
  fields: (t) => ({
    enrolmentId: t.exposeString('enrolmentId', { description: `The enrolment (${RAW}).` }),
    enrolmentNodeId: t.id({
      description: 'The same enrolment as a global ID (an Enrolment node).',
      resolve: (r) => encodeGlobalID('Enrolment', r.enrolmentId),
    }),
    programmeId: t.exposeString('programmeId', { description: `The programme (${RAW}).` }),
    batchId: t.exposeString('batchId', { description: `The batch (${RAW}).` }),
    teacherId: t.exposeString('teacherId', { description: `The teacher (${RAW}).` }),
    schoolId: t.exposeString('schoolId', { description: `The school (${RAW}).` }),
    classId: t.exposeString('classId', { nullable: true, description: `The class (${RAW}); null for none.` }),
    enrolledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When they enrolled.',
      resolve: (r) => r.enrolledAt,
    }),
  }),
});

export const RosterSubjectEnum = builder.enumType('RosterSubject', {
  description: 'What a roster tombstone removes.',
  values: {
    PERSON: { description: 'A person.' },
    SCHOOL: { description: 'A school.' },
    ENROLMENT: { description: 'An enrolment.' },
  } as const,
});

const RosterRemovedEnrolment = builder
  .objectRef<NonNullable<RosterRemovalData['enrolment']>>('RosterRemovedEnrolment')
  .implement({
    description: 'Whose enrolment was removed: its programme, teacher and school.',
    fields: (t) => ({
      programmeId: t.exposeString('programmeId', { description: `The programme (${RAW}).` }),
      teacherId: t.exposeString('teacherId', { description: `The teacher (${RAW}).` }),
      schoolId: t.exposeString('schoolId', { description: `The school (${RAW}).` }),
    }),
  });

export const RosterRemoval = builder.objectRef<RosterRemovalData>('RosterRemoval').implement({
  description: 'A tombstone: the record was deleted; only its ids remain. Delete your copy.',
  fields: (t) => ({
    subject: t.field({ type: RosterSubjectEnum, description: 'What was removed.', resolve: (r) => r.subject }),
    id: t.exposeString('id', { description: `The removed record (${RAW}).` }),
    enrolment: t.field({
      type: RosterRemovedEnrolment,
      nullable: true,
      description: 'For a removed enrolment: its programme, teacher and school; null for a person or a school.',
      resolve: (r) => r.enrolment,
    }),
  }),
});

export const RosterRecordUnion = builder.unionType('RosterRecord', {
  description: 'The record a roster change carries, by kind (a removal carries a tombstone).',
  types: [RosterPerson, RosterSchool, RosterEnrolment, RosterRemoval],
  resolveType: (record: RosterFeedRecord) => record.type,
});

/** One change as the resolvers hand it to the types. */
export interface ChangeShape<Record> {
  eventId: string;
  seq: bigint;
  kind: string;
  subjectId: string;
  occurredAt: Date;
  cursor: string;
  record: Record;
}

export interface PageShape<Record> {
  changes: ChangeShape<Record>[];
  endCursor: string;
  hasMore: boolean;
}

function changeType<Record>(
  name: string,
  feed: string,
  recordType: typeof CreditFeedRecordUnion | typeof RosterRecordUnion,
) {
  return builder.objectRef<ChangeShape<Record>>(name).implement({
    description: `One change of the ${feed} feed, in commit order.`,
    fields: (t) => ({
      eventId: t.exposeString('eventId', {
        description: 'The change’s id (a UUID): the same change always has the same id; de-duplicate on it.',
      }),
      sequence: t.string({
        description:
          'Position in commit order (a decimal integer as a string: it may exceed 2^53). Strictly increasing along the feed; ' +
          'numbers of other clients’ scopes are skipped, so expect gaps between consecutive values.',
        resolve: (c) => c.seq.toString(),
      }),
      kind: t.field({ type: FeedEventKind, description: 'What changed.', resolve: (c) => c.kind as never }),
      subjectId: t.exposeString('subjectId', {
        description: `The record the change is about (${RAW}): the entry, certificate, school, person or enrolment.`,
      }),
      occurredAt: t.field({
        type: 'DateTime',
        description: 'When the change was written (UTC). Informative only: order by `sequence`, never by time.',
        resolve: (c) => c.occurredAt,
      }),
      cursor: t.exposeString('cursor', {
        description: 'The position just after this change: pass it as `after` to continue from here (opaque).',
      }),
      record: t.field({
        type: recordType as never,
        description: 'The record as it was after the change (ids only for a removal).',
        resolve: (c) => c.record as never,
      }),
    }),
  });
}

export const CreditRecordChange = changeType<CreditFeedRecord>(
  'CreditRecordChange',
  'credit-record',
  CreditFeedRecordUnion,
);
export const RosterChange = changeType<RosterFeedRecord>('RosterChange', 'roster', RosterRecordUnion);

function pageType<Record>(name: string, change: ReturnType<typeof changeType<Record>>, feed: string) {
  return builder.objectRef<PageShape<Record>>(name).implement({
    description: `A page of the ${feed} feed: the changes after the cursor asked for, oldest first.`,
    fields: (t) => ({
      changes: t.field({
        type: [change],
        description: 'The changes of this page, in commit order (at most `first`).',
        // The root field's cost already counts the page (`first`): the list does not multiply again.
        complexity: { field: 0, multiplier: 1 },
        resolve: (page) => page.changes,
      }),
      endCursor: t.exposeString('endCursor', {
        description:
          'Where this page ends: pass it as `after` for the next page, store it, acknowledge it. Always present: an empty ' +
          'page gives back the position it started from.',
      }),
      hasMore: t.exposeBoolean('hasMore', {
        description: 'Whether more changes follow right now (pull again at once); false: you are up to date.',
      }),
    }),
  });
}

export const CreditRecordChangePage = pageType<CreditFeedRecord>(
  'CreditRecordChangePage',
  CreditRecordChange,
  'credit-record',
);
export const RosterChangePage = pageType<RosterFeedRecord>('RosterChangePage', RosterChange, 'roster');
