/**
 * The closing guard (结项, schema/shared/authz/closing.ts): once the district accepted a school's closing in a programme,
 * every mutation that touches that school's records there returns CLOSED and changes nothing; reads still work.
 *
 * Generated over the authorization matrix (./matrix/modules.ts): a third tenant gets every module's objects, its
 * school is closed in every programme, and then EVERY mutation row runs as each viewer whose own-district outcome is
 * `allowed` (the same calls that pass before closing). Each must come back `closed`, except the reviewed list below of
 * mutations that do not write a school's programme records; a snapshot of every table taken before the refused calls
 * must equal the one after (the reviewed ones run afterwards: an export stores its file). A new mutation without a matrix row fails here (the schema's mutations must equal the rows), and a new one
 * that is not refused fails until it is refused or listed with its reason.
 */
import { getNamedType, isUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';
import type { AuthorizeExtension } from '../../schema/shared/authz/plugin.js';
import { testApp } from '../kit/app.js';
import { matrix, type Outcome, type Row, type Tenant, tenant, VIEWERS, viewerIn } from './matrix/kit.js';
import { MATRIX, MODULES } from './matrix/modules.js';

/**
 * Mutations that still run after a school closed, each with why it is not a write to the school's records in a
 * programme. Reviewed: a mutation listed here that IS refused fails the test (the list is stale).
 */
const NOT_SCHOOL_PROGRAMME_RECORDS: Record<string, string> = {
  // The district's programme and its parts: one programme for many schools, never one school's record.
  'Mutation.createProgramme': 'creates a district programme',
  'Mutation.updateProgramme': 'the district’s programme (rules, dates), not a school’s record',
  'Mutation.publishProgramme': 'the district programme’s life cycle',
  'Mutation.startProgramme': 'the district programme’s life cycle',
  'Mutation.closeProgramme': 'the district programme’s life cycle (closing the programme, not a school’s 结项)',
  'Mutation.enrolSchools': 'a district batch’s school list and quotas (the batch is the district’s)',
  'Mutation.createCourse': 'a programme’s course (district level)',
  'Mutation.updateCourse': 'a programme’s course (district level)',
  'Mutation.deleteCourse': 'a programme’s course (district level)',
  'Mutation.importCourses': 'a programme’s courses (district level)',
  'Mutation.createAssignment': 'a programme’s assignment (district level)',
  'Mutation.updateAssignment': 'a programme’s assignment (district level)',
  'Mutation.exportProgrammeLearningProgress': 'an export of the whole programme (reads, stores a file for the admin)',
  // Not listed: exportSchoolAssessmentResults names the school and the programme, so it is refused like a write. It
  // only reads; the lead may opt it out in schema/evidence-review/results.ts (`afterClosing: 'allowed'` with a reason)
  // and then list it here.
  // Rubrics and assessment specifications: national or district objects.
  'Mutation.createRubric': 'a district or national rubric',
  'Mutation.reviseRubric': 'a district or national rubric',
  'Mutation.importRubric': 'a district or national rubric',
  'Mutation.setProgrammeAssessmentSpec': 'a programme’s assessment specification (district level)',
  'Mutation.resetProgrammeAssessmentSpec': 'a programme’s assessment specification (district level)',
  // Organisations and people: the school's structure and staff outlive any one programme.
  'Mutation.createCity': 'the province’s structure',
  'Mutation.createDistrict': 'the province’s structure',
  'Mutation.updateDistrict': 'the province’s structure',
  'Mutation.createSchool': 'the district’s structure',
  'Mutation.updateSchool': 'the school as an organisation (name, code, stages), not a programme record',
  'Mutation.deactivateSchool': 'the school as an organisation, not a programme record',
  'Mutation.reactivateSchool': 'the school as an organisation, not a programme record',
  'Mutation.moveSchool': 'moves the organisation (records keep their content; only their paths follow)',
  'Mutation.createClass': 'a school unit, used by every programme',
  'Mutation.assignClassTutor': 'a school unit’s staff, used by every programme',
  'Mutation.createGroup': 'a school unit, used by every programme',
  'Mutation.setGroupLeader': 'a school unit’s staff, used by every programme',
  'Mutation.addGroupMembers': 'a school unit’s members, used by every programme',
  'Mutation.removeGroupMember': 'a school unit’s members, used by every programme',
  'Mutation.deactivateClass': 'a school unit, used by every programme',
  'Mutation.deactivateGroup': 'a school unit, used by every programme',
  'Mutation.createUser': 'a person, not a programme record',
  'Mutation.updateUser': 'a person, not a programme record',
  'Mutation.deactivateUser': 'a person, not a programme record',
  'Mutation.reactivateUser': 'a person, not a programme record',
  'Mutation.importPeople': 'people, not programme records',
  'Mutation.importOneRoster':
    'names the district (organisations and people); a class placement in a school that closed is refused row by row (SCHOOL_CLOSED)',
  'Mutation.grantRole': 'a role on an organisation, not a programme record',
  'Mutation.revokeRole': 'a role on an organisation, not a programme record',
  'Mutation.linkIdentity': 'a person’s sign-on identity',
  'Mutation.unlinkIdentity': 'a person’s sign-on identity',
  // Workshops of the district (competency workshops): not one school's.
  'Mutation.setWorkshopHost': 'a district competency workshop’s host',
  'Mutation.createWorkshopActivity': 'an activity of a district competency workshop',
  'Mutation.updateWorkshopActivity': 'an activity of a district competency workshop',
  'Mutation.postInWorkshop': 'a post in a district competency workshop',
  'Mutation.hidePost': 'moderating a district competency workshop',
  'Mutation.unhidePost': 'moderating a district competency workshop',
  'Mutation.pinPost': 'moderating a district competency workshop',
  // Opts out in code (afterClosingReason): the round may be studied in a later programme, and the mutation itself
  // refuses with CLOSED when the school closed in the programme the round is in.
  'Mutation.enrolInRemedialRound': 'remediation: checks the closing of the round’s own programme itself',
  // Certificates: the district issues them once schools closed, and revoking one is the issuer's act, not a change to
  // the school's records (revokeCertificate must opt out in code: `afterClosing: 'allowed'` with its reason).
  'Mutation.issueCertificates': 'the district issues certificates after closing (结业); the issuer’s act',
  'Mutation.revokeCertificate': 'revoking a certificate is the issuer’s act, not a change to the school’s records',
  // Provincial integration: a sync client's own configuration and traffic, never a school's record.
  'Mutation.createWebhookSubscription': 'the sync client’s own webhook configuration, not a school’s record',
  'Mutation.updateWebhookSubscription': 'the sync client’s own webhook configuration, not a school’s record',
  'Mutation.rotateWebhookSecret': 'the sync client’s own webhook configuration, not a school’s record',
  'Mutation.deleteWebhookSubscription': 'the sync client’s own webhook configuration, not a school’s record',
  'Mutation.replayWebhookDelivery': 'the sync client’s own webhook traffic, not a school’s record',
  'Mutation.registerSyncClient': 'registers a province’s or district’s system, not a school’s record',
  'Mutation.addSyncClientKey': 'a sync client’s keys, not a school’s record',
  'Mutation.revokeSyncClientKey': 'a sync client’s keys, not a school’s record',
  'Mutation.revokeSyncClient': 'a sync client’s registration, not a school’s record',
  'Mutation.acknowledgeCreditRecords': 'the sync client’s own feed position: closed schools’ records are still pulled',
  'Mutation.acknowledgeRosterChanges': 'the sync client’s own feed position, not a school’s record',
  'Mutation.startExport': 'reads records into a file (closed schools’ records are exported too); writes only the job',
  // Surveys, the library and rule previews (issue 15): not a school's programme records.
  'Mutation.createSurvey': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.updateSurvey': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.publishSurvey': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.closeSurvey': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.deleteSurvey': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.createSelfAssessment': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.submitSurveyResponse': 'a survey of its audience organisation, not a school’s programme record',
  'Mutation.curateLibraryResource':
    'a library entry is a copy of finished work (opted out: afterClosing allowed); the school’s records are only read',
  'Mutation.respondLibraryConsent': 'the author’s consent to a library entry, not a school’s programme record',
  'Mutation.withdrawLibraryResource': 'a library entry, not a school’s programme record',
  'Mutation.downloadLibraryResource': 'a download record of a library entry',
  'Mutation.exportSurveyResults':
    'an export of a survey’s results (reads; stores a file for the reader); surveys are not a school’s programme records',
};

/**
 * Mutations that write a closed school's programme records but that the one check cannot see, because their
 * `resource` names no object of the school (the module must fix it; see the README notes). Listed so the test passes
 * meanwhile; remove an entry once its mutation is refused.
 */
const KNOWN_GAPS: Record<string, string> = {};

const EXEMPT = { ...NOT_SCHOOL_PROGRAMME_RECORDS, ...KNOWN_GAPS };

/** Columns that change without any write to the records (a sign-in stamps the user). */
const VOLATILE: Record<string, string[]> = { User: ['lastSeenAt'] };

interface TableState {
  rows: number;
  md5: string;
}

/** Every table's row count and an md5 of its rows (as JSON, without volatile columns) ordered by primary key. */
async function snapshot(): Promise<Record<string, TableState>> {
  const prisma = matrix.t.db.prisma;
  const tables = await prisma.$queryRawUnsafe<Array<{ name: string; key: string[] | null }>>(`
    SELECT c.relname AS name,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum)
              FROM pg_index i
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
             WHERE i.indrelid = c.oid AND i.indisprimary) AS key
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname`);
  const state: Record<string, TableState> = {};
  for (const { name, key } of tables) {
    const row = `to_jsonb(t)${(VOLATILE[name] ?? []).map((column) => ` - '${column}'`).join('')}`;
    const order = key?.length ? key.map((column) => `t."${column}"`).join(', ') : `(${row})::text`;
    const [result] = await prisma.$queryRawUnsafe<[{ rows: number; md5: string }]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg((${row})::text, E'\\n' ORDER BY ${order}), '')) AS md5
         FROM "${name}" t`,
    );
    state[name] = result;
  }
  return state;
}

/** Accepts the closing of the tenant's school in one programme (the state the district's acceptance leaves). */
async function closeSchoolIn(target: Tenant, programmeId: string): Promise<void> {
  const school = target.s.school;
  const closedAt = new Date();
  const data = { closingState: 'ACCEPTED' as const, decidedAt: closedAt, closedAt };
  await matrix.t.db.prisma.schoolCompletion.upsert({
    where: { programmeId_schoolId: { programmeId, schoolId: school.id } },
    create: { programmeId, schoolId: school.id, orgPath: school.path, ...data },
    update: data,
  });
}

/** Closes the tenant's school in every programme of the database (结项 accepted), so no row's programme escapes. */
async function closeSchoolEverywhere(target: Tenant): Promise<number> {
  const programmes = await matrix.t.db.prisma.programme.findMany({ select: { id: true } });
  for (const programme of programmes) await closeSchoolIn(target, programme.id);
  return programmes.length;
}

/** Each row with the viewers allowed it in their own district. */
const mutationRows = Object.entries(MATRIX).filter(([name]) => name.startsWith('Mutation.'));
const readRows = Object.entries(MATRIX).filter(([name]) => !name.startsWith('Mutation.'));
/** A sync client runs only the rows open to clients (the root-field gate refuses the rest before anything runs). */
const allowedViewers = (row: Row) =>
  VIEWERS.filter((who) => row.own[who] === 'allowed' && (who !== 'syncClient' || row.clients));

/** Runs rows as their allowed viewers of the closed tenant; `label: outcome` lines. */
async function runAll(rows: typeof mutationRows, expected: (name: string) => Outcome) {
  const outcomes: string[] = [];
  const wanted: string[] = [];
  for (const [name, row] of rows) {
    for (const who of allowedViewers(row)) {
      const label = `${name} · ${who}`;
      outcomes.push(`${label}: ${await row.run(C, viewerIn(C, who))}`);
      wanted.push(`${label}: ${expected(name)}`);
    }
  }
  return { outcomes, wanted };
}

let C: Tenant;

beforeAll(async () => {
  matrix.t = await testApp();
  matrix.catalogueGid = (await matrix.t.world.catalogue()).gid;
  // Another district, for the rows that point at another district's programme to make their input invalid.
  matrix.A = await tenant();
  matrix.B = matrix.A;
  C = await tenant();
  for (const module of MODULES) await module.prepare?.(C);
}, 180_000);
afterAll(() => matrix.t?.close());

describe('closing guard (结项)', () => {
  it('has a matrix row for every mutation of the schema, so every mutation is run below', () => {
    const inSchema = Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`);
    const inRows = mutationRows.map(([name]) => name);
    expect({
      withoutRow: inSchema.filter((name) => !inRows.includes(name)).sort(),
      stale: inRows.filter((name) => !inSchema.includes(name)).sort(),
    }).toEqual({ withoutRow: [], stale: [] });
  });

  it('lets every guarded mutation return a typed ClosedError, and lists every opt-out with its reason', () => {
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    const withoutClosedError: string[] = [];
    const optedOut: string[] = [];
    for (const field of fields) {
      const authorize = (field.extensions as { authorize?: AuthorizeExtension }).authorize;
      if (authorize?.afterClosing) {
        expect(authorize.afterClosing.reason.length, field.name).toBeGreaterThan(10);
        optedOut.push(`Mutation.${field.name}`);
        continue;
      }
      const type = getNamedType(field.type);
      if (!isUnionType(type) || !type.getTypes().some((member) => member.name === 'ClosedError'))
        withoutClosedError.push(field.name);
    }
    expect(withoutClosedError).toEqual([]);
    // A mutation that opts out in code is also reviewed here.
    expect(optedOut.filter((name) => !(name in EXEMPT))).toEqual([]);
  });

  it('runs every mutation row as its allowed viewers before closing (the baseline the refusals are measured against)', async () => {
    const { outcomes, wanted } = await runAll(mutationRows, () => 'allowed');
    expect(outcomes).toEqual(wanted);
  }, 240_000);

  it('closes a school in one programme only, with one statement for mutations and none for reads', async () => {
    await closeSchoolIn(C, C.p.id);
    const VALIDATE = `mutation($input: ValidateSelectionInput!) {
      validateSelection(input: $input) { __typename ... on Error { code message } } }`;
    const teacher = C.enrolment.teacher;
    const { result: refused, log } = await matrix.t.measure(() =>
      matrix.t.gql(VALIDATE, { input: { enrolmentId: C.enrolment.gid, competencyIds: [] } }, { as: teacher }),
    );
    expect(refused.data).toEqual({
      validateSelection: {
        __typename: 'ClosedError',
        code: 'CLOSED',
        message: 'This school has closed (结项) in this programme; its records can no longer change.',
      },
    });
    expect(log.filter((sql) => sql.includes('"SchoolCompletion"'))).toHaveLength(1);
    expect(log.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql))).toEqual([]);
    const inChinese = await matrix.t.gql(
      VALIDATE,
      { input: { enrolmentId: C.enrolment.gid, competencyIds: [] } },
      { as: teacher, locale: 'zh-CN' },
    );
    expect(inChinese.data).toMatchObject({ validateSelection: { message: '该学校已在此项目结项，记录不可再修改。' } });
    // The same teacher's enrolment in another programme of the school (scoring's) is not closed.
    const elsewhere = await matrix.t.gql(
      VALIDATE,
      { input: { enrolmentId: (C.extra.scoring as { enrolmentGid: string }).enrolmentGid, competencyIds: [] } },
      { as: teacher },
    );
    expect(elsewhere.data).not.toMatchObject({ validateSelection: { __typename: 'ClosedError' } });
    // Reads never ask whether the school closed.
    const read = await matrix.t.measure(() =>
      matrix.t.gql(
        'query($id: ID!) { node(id: $id) { id ... on Enrolment { selection { status } } } }',
        {
          id: C.enrolment.gid,
        },
        { as: teacher },
      ),
    );
    expect(read.result.data).toMatchObject({ node: { id: C.enrolment.gid, selection: { status: 'SUBMITTED' } } });
    expect(read.log.filter((sql) => sql.includes('"SchoolCompletion"'))).toEqual([]);
  });

  it('after acceptance refuses every other mutation with CLOSED, and the tables stay exactly as they were', async () => {
    expect(await closeSchoolEverywhere(C)).toBeGreaterThan(0);
    const before = await snapshot();
    const guarded = mutationRows.filter(([name]) => !(name in EXEMPT));
    const { outcomes, wanted } = await runAll(guarded, () => 'closed');
    console.log(`[closing] ${outcomes.length} calls of ${guarded.length} mutations: all must be refused`);
    expect(outcomes).toEqual(wanted);
    expect(await snapshot()).toEqual(before);
  }, 240_000);

  it('still runs the reviewed mutations that are not the school’s programme records (a refused one makes the list stale)', async () => {
    // After the snapshot: some of them write what is not the school's (an export's file; a known gap's viewing time).
    const { outcomes, wanted } = await runAll(
      mutationRows.filter(([name]) => name in EXEMPT),
      () => 'allowed',
    );
    expect(outcomes).toEqual(wanted);
  }, 240_000);

  it('lists only mutations of the schema (the reviewed list is not stale)', () => {
    const fields = schema.getMutationType()?.getFields() ?? {};
    expect(Object.keys(EXEMPT).filter((name) => !(name.replace(/^Mutation\./, '') in fields))).toEqual([]);
  });

  it('still answers every read after closing (enrolments, selections, evidence, scores among them)', async () => {
    for (const name of ['Query.enrolments', 'Query.node', 'Enrolment.evidence', 'Enrolment.score'])
      expect(readRows.map(([row]) => row)).toContain(name);
    const { outcomes, wanted } = await runAll(readRows, () => 'allowed');
    expect(outcomes).toEqual(wanted);
    // The closed school's teacher still reads their selection, evidence and score through the enrolment.
    const res = await matrix.t.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { id selection { status } evidence { evidence { id } } score { total } } } }`,
      { id: C.enrolment.gid },
      { as: C.enrolment.teacher },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ node: { id: C.enrolment.gid, selection: { status: 'SUBMITTED' } } });
  }, 240_000);
});
