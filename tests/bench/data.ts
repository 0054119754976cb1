/**
 * The benchmark's data: a deterministic world in a PostgreSQL database of its own.
 *
 *   province → city → district (a district admin)
 *     → 100 schools, each with a school admin, 100 teachers and 2 classes of 50 (a tutor each)
 *   60 programmes of the district:
 *     - bench-2025, RUNNING, Tianchang's rules (≥ 20 credits, NOT_ALL_SAME, school review), every school enrolled in
 *       one batch with a quota, each school's range (Tianchang's two examples, alternating), every teacher enrolled
 *       (in their class), ~85% with a selection (SUBMITTED, APPROVED, RETURNED, resubmitted) and its history;
 *     - bench-2026 (PUBLISHED), bench-2027 (DRAFT) and 57 CLOSED programmes of earlier years; the first school's
 *       100 teachers were enrolled in 20 of the closed ones, each with an APPROVED selection (a teacher's home then
 *       lists 21 enrolments).
 *
 * The schema comes from the project's migrations (api/db/migrator.ts) and the national catalogue from its seed
 * (prisma/seed/catalogues.ts); everything else is bulk-inserted with unnest() from a seeded PRNG, so two builds hold
 * the same rows (only the catalogue's ids, made by the seed, differ). A database whose comment carries the current
 * data version (this file, the migrations and the seed's catalogue) is reused; any other is dropped and rebuilt.
 *
 * The running programme's learning data (courses, study progress, workshops and posts, assignments, shares, a
 * teaching-research group's activities) comes from learning-data.ts, drawn from a PRNG of its own.
 *
 * Issue 15's surveys and library come from survey-library-data.ts.
 *
 * Later modules add their data here (and bump DATA_REVISION).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../api/db/client.js';
import { migrate, readMigrations } from '../../api/db/migrator.js';
import { projectRoot } from '../../api/paths.js';
import { seedAssessmentSpecs } from '../../prisma/seed/assessment-specs.js';
import { nationalCatalogue, seedCatalogue } from '../../prisma/seed/catalogues.js';
import { ISSUER } from './auth.js';
import { generateCredit } from './credit-data.js';
import { type EvidenceSpecInput, generateEvidence } from './evidence-data.js';
import { deriveLearning, fixWorkshops, generateLearning, type LearningInput } from './learning-data.js';
import { at, prng, type Random, Table, ts } from './rows.js';
import { generateSurveysAndLibrary } from './survey-library-data.js';

/** Bump to force a rebuild when the generated rows change in a way the file hash would not show. */
const DATA_REVISION = 7;

export const SCHOOLS = 100;
export const TEACHERS_PER_SCHOOL = 100;
export const CLASSES_PER_SCHOOL = 2;
export const CLASS_SIZE = TEACHERS_PER_SCHOOL / CLASSES_PER_SCHOOL;
export const PROGRAMMES = 60;
/** Closed programmes the first school's teachers took part in. */
export const PAST_ENROLMENTS = 20;

/** Tianchang's two example school ranges (prisma/seed/programmes.ts). */
const RANGES = [
  ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'],
  ['B1', 'B2', 'B3', 'B4', 'B5', 'B7', 'B9', 'C2', 'C4', 'C6'],
];

const ALL_STAGES = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL'];

/** Tianchang's rules, stored as parseProgrammeRules writes them (defaults filled in). */
const TIANCHANG_RULES = {
  version: 1,
  enrolment: { classPerSchool: true },
  selection: {
    minCredits: 20,
    dimensionRule: { kind: 'NOT_ALL_SAME' },
    adminSelectsAfterDeadline: false,
    requireSchoolReview: true,
  },
  // Evidence: the group reviews first, one rater; peer review 3 per piece.
  evidence: { groupReview: true, peerReview: { reviewsPerPiece: 3 } },
  // Credit hours: 30 online hours when online study passes, 20 offline; 90% of a school's teachers to close.
  hours: { onlineHours: 30, minOnline: 30, minOffline: 20 },
  // Online scoring (issue 15's rule what-if needs verdicts with a spread): points from the facts the learning data
  // draws (workshop participations, counted shares, the first assignment's mark, watch minutes), pass at 60. No item
  // is required, so the total alone decides; qualification reads the hours only (requireScore off), as the completion
  // scenario's truth counts it.
  scoring: {
    items: [
      {
        kind: 'PER_UNIT',
        key: 'workshop',
        nameZh: '工作坊研讨',
        nameEn: 'Workshop discussions',
        required: false,
        unit: 'WORKSHOP_PARTICIPATION',
        pointsPerUnit: 20,
        maxPoints: 60,
        minPoints: 0,
      },
      {
        kind: 'PER_UNIT',
        key: 'shares',
        nameZh: '资源分享',
        nameEn: 'Shared resources',
        required: false,
        unit: 'SHARE',
        pointsPerUnit: 10,
        maxPoints: 20,
        minPoints: 0,
      },
      {
        kind: 'MARK_WEIGHT',
        key: 'online-assignment',
        nameZh: '在线作业',
        nameEn: 'Online assignment',
        required: false,
        assignmentCode: 'A-ONLINE',
        weight: 0.2,
        minPoints: 0,
      },
      {
        kind: 'WATCH_MINUTES',
        key: 'courses',
        nameZh: '课程学习',
        nameEn: 'Course study',
        required: false,
        points: 20,
        requiredMinutes: 300,
      },
    ],
    passThreshold: 60,
    excellentQuotaRate: 0.15,
  },
  completion: { threshold: 0.9, requireScore: false },
};

/** What the scenarios need to know about the world: ids, logins (token subjects) and what to expect. */
export interface BenchWorld {
  databaseUrl: string;
  /** The data version the database carries. */
  version: string;
  /** True when this run built the data, false when it reused it. */
  built: boolean;
  /** Seconds the build took (0 when reused). */
  buildSeconds: number;
  districtId: string;
  /** The national catalogue the programmes use (the CASE package's). */
  catalogueId: string;
  /** The RUNNING programme every school is enrolled in. */
  programmeId: string;
  /** The first school (the one with past enrolments), its admin's subject, its first class and that class's tutor. */
  schoolId: string;
  classId: string;
  /** The named district survey (DISTRICT_TEACHERS) the survey-results scenarios read. */
  districtSurveyId: string;
  /** The enrolment of `subjects.teacher` in the running programme (the study page's). */
  enrolmentId: string;
  /** Token subjects: the district admin, the first school's admin, its first class's tutor, the tutor of its
   * second class (who may not read the first class's roster) and its first teacher. */
  subjects: {
    provinceAdmin: string;
    districtAdmin: string;
    schoolAdmin: string;
    tutor: string;
    otherTutor: string;
    teacher: string;
    /** The first school's group leader (its second teacher). */
    groupLeader: string;
    /** The provincial system's sync client (SYNC_CLIENT on the district). */
    syncClient: string;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华玉萍红梅鑫宇浩然子轩欣怡晨阳佳琪思雨俊杰一诺梓涵文博';

const personName = (random: Random) =>
  random.pick([...SURNAMES]) + random.pick([...GIVEN]) + (random.next() < 0.7 ? random.pick([...GIVEN]) : '');

// ---------------------------------------------------------------------------------------------------------------

function dataVersion(): ReturnType<typeof createHash> {
  const hash = createHash('sha256');
  hash.update(String(DATA_REVISION));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const file of ['rows.ts', 'learning-data.ts', 'evidence-data.ts', 'credit-data.ts', 'survey-library-data.ts'])
    hash.update(readFileSync(new URL(file, import.meta.url)));
  for (const file of [
    'prisma/seed/catalogues.ts',
    'prisma/seed/data/competencies-national-2019.tsv',
    'prisma/seed/assessment-specs.ts',
    'prisma/seed/assessment-specs-data.ts',
  ]) {
    hash.update(readFileSync(`${projectRoot}/${file}`));
  }
  return hash;
}

async function migrationsDigest(hash: ReturnType<typeof createHash>) {
  for (const migration of await readMigrations()) hash.update(`${migration.name}:${migration.checksum}\n`);
  return `tisheng-bench data r${DATA_REVISION} ${hash.digest('hex').slice(0, 16)}`;
}

export interface PrepareOptions {
  /** A URL of the server (any database) where the user may create databases. */
  adminUrl: string;
  database: string;
  /** Rebuild even when the version matches. */
  rebuild?: boolean;
  log?: (line: string) => void;
}

/** Makes sure `database` holds the current bench data (building it when needed) and describes it. */
export async function prepareBenchDatabase(options: PrepareOptions): Promise<BenchWorld> {
  const log = options.log ?? (() => {});
  const version = await migrationsDigest(dataVersion());
  const databaseUrl = withDatabase(options.adminUrl, options.database);
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  let built = false;
  const started = Date.now();
  try {
    const found = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [options.database],
    );
    const current = found.rows[0]?.comment ?? null;
    if (options.rebuild || current !== version) {
      log(
        found.rows.length === 0
          ? `creating ${options.database}`
          : `rebuilding ${options.database} (${options.rebuild ? 'asked to' : `it holds ${current ?? 'unknown data'}`})`,
      );
      const quoted = `"${options.database.replaceAll('"', '""')}"`;
      await admin.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${quoted}`);
      await build(databaseUrl, log);
      // Last: a build that stopped half-way carries no version and is rebuilt next time.
      await admin.query(`COMMENT ON DATABASE ${quoted} IS '${version}'`);
      built = true;
    }
  } finally {
    await admin.end();
  }
  const world = await describe(databaseUrl);
  return { ...world, databaseUrl, version, built, buildSeconds: built ? (Date.now() - started) / 1000 : 0 };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const CODES = {
  district: 'bench-district',
  programme: 'bench-2025',
  school: (n: number) => `bench-school-${String(n).padStart(3, '0')}`,
  klass: (n: number, c: number) => `bench-school-${String(n).padStart(3, '0')}-class-${c}`,
  admin: (n: number) => `bench.s${String(n).padStart(3, '0')}.admin`,
  tutor: (n: number, c: number) => `bench.s${String(n).padStart(3, '0')}.tutor${c}`,
  teacher: (n: number, t: number) => `bench.s${String(n).padStart(3, '0')}.t${String(t).padStart(3, '0')}`,
  districtAdmin: 'bench.district.admin',
  provinceAdmin: 'bench.province.admin',
  syncClient: 'bench.sync.client',
};

async function describe(
  databaseUrl: string,
): Promise<Omit<BenchWorld, 'databaseUrl' | 'version' | 'built' | 'buildSeconds'>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const id = async (sql: string, params: unknown[]) => {
      const { rows } = await client.query<{ id: string }>(sql, params);
      if (!rows[0]) throw new Error(`bench data: nothing for ${sql} ${JSON.stringify(params)}`);
      return rows[0].id;
    };
    const org = (code: string) => id(`SELECT id FROM "Organisation" WHERE code = $1`, [code]);
    return {
      districtId: await org(CODES.district),
      catalogueId: await id(`SELECT "catalogueId" AS id FROM "Programme" WHERE code = $1`, [CODES.programme]),
      programmeId: await id(`SELECT id FROM "Programme" WHERE code = $1`, [CODES.programme]),
      schoolId: await org(CODES.school(1)),
      classId: await org(CODES.klass(1, 1)),
      districtSurveyId: await id(
        `SELECT s.id FROM "Survey" s JOIN "Organisation" o ON o.id = s."audienceOrganisationId"
          WHERE s."audienceKind" = 'DISTRICT_TEACHERS' AND o.code = $1`,
        [CODES.district],
      ),
      enrolmentId: await id(
        `SELECT e.id FROM "Enrolment" e JOIN "User" u ON u.id = e."teacherId" JOIN "Programme" p ON p.id = e."programmeId"
          WHERE u.login = $1 AND p.code = $2`,
        [CODES.teacher(1, 1), CODES.programme],
      ),
      subjects: {
        provinceAdmin: CODES.provinceAdmin,
        syncClient: CODES.syncClient,
        districtAdmin: CODES.districtAdmin,
        schoolAdmin: CODES.admin(1),
        tutor: CODES.tutor(1, 1),
        otherTutor: CODES.tutor(1, 2),
        teacher: CODES.teacher(1, 1),
        groupLeader: CODES.teacher(1, 2),
      },
    };
  } finally {
    await client.end();
  }
}

async function build(databaseUrl: string, log: (line: string) => void) {
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
  try {
    const applied = await migrate(db.sql);
    log(`applied ${applied.length} migrations`);
    const catalogue = nationalCatalogue();
    await db.prisma.$transaction((tx) => seedCatalogue(tx, catalogue), { timeout: 60_000 });
    const competencies = await db.sql.query<{ id: string; code: string; credits: number; dimension: string }>(
      `SELECT c.id, c.code, c.credits, d.code AS dimension
         FROM "Competency" c JOIN "Catalogue" k ON k.id = c."catalogueId" JOIN "Dimension" d ON d.id = c."dimensionId"
        WHERE k.code = $1 AND k.version = $2`,
      [catalogue.code, catalogue.version],
    );
    const [catalogueRow] = await db.sql.query<{ id: string }>(
      `SELECT id FROM "Catalogue" WHERE code = $1 AND version = $2`,
      [catalogue.code, catalogue.version],
    );
    await seedAssessmentSpecs(db.prisma);
    const { tables, learning } = generate(catalogueRow!.id, new Map(competencies.map((c) => [c.code, c])));
    const learned = generateLearning(learning);
    const evidence = generateEvidence({
      programmeId: learning.programmeId,
      schools: learning.schools.map((school) => ({
        org: school.org,
        adminId: school.adminId,
        teachers: school.teachers,
      })),
      group: learned.group,
      specs: await catalogueSpecs(db.sql, catalogueRow!.id),
    });
    const credit = generateCredit({
      programmeId: learning.programmeId,
      districtAdminId: learning.districtAdminId,
      schools: learning.schools.map((school) => ({
        org: school.org,
        adminId: school.adminId,
        teachers: school.teachers,
      })),
    });
    const surveysAndLibrary = await generateSurveysAndLibrary({
      districtPath: learning.districtPath,
      districtAdminId: learning.districtAdminId,
      programmeId: learning.programmeId,
      schools: learning.schools.map((school) => ({
        org: school.org,
        adminId: school.adminId,
        teachers: school.teachers,
      })),
    });
    await db.sql.transaction(async (tx) => {
      // The inserts fire the workshop triggers (the programme's and each enrolment's): they open the workshops.
      for (const table of tables) await table.insert(tx);
      await fixWorkshops(tx, learning.programmeId, learned.workshopFixes);
      for (const table of learned.tables) await table.insert(tx);
      await deriveLearning(tx, learning.programmeId);
      for (const table of evidence) await table.insert(tx);
      for (const table of credit) await table.insert(tx);
      for (const table of surveysAndLibrary) await table.insert(tx);
    });
    await db.sql.query('ANALYZE');
    log(`inserted ${tables.map((t) => `${t.rows.length} ${t.name}`).join(', ')}`);
    log(`evidence: ${evidence.map((t) => `${t.rows.length} ${t.name}`).join(', ')}`);
    log(`credit hours: ${credit.map((t) => `${t.rows.length} ${t.name}`).join(', ')}`);
    log(`surveys and library: ${surveysAndLibrary.map((t) => `${t.rows.length} ${t.name}`).join(', ')}`);
    log(
      `learning: ${learned.workshopFixes.length} workshops opened by the triggers, ${learned.tables.map((t) => `${t.rows.length} ${t.name}`).join(', ')}`,
    );
  } finally {
    await db.close();
  }
}

/** The catalogue's own assessment spec of each competency, with its rubric's latest version. */
async function catalogueSpecs(
  sql: { query<T>(text: string, values?: unknown[]): Promise<T[]> },
  catalogueId: string,
): Promise<Map<string, EvidenceSpecInput>> {
  const rows = await sql.query<{
    competencyId: string;
    artefacts: Array<{ key: string; kind: string }>;
    rubricVersionId: string;
    criteria: EvidenceSpecInput['criteria'];
    passPoints: number;
    excellentPoints: number;
  }>(
    `SELECT s."competencyId", s.artefacts, v.id AS "rubricVersionId", v.criteria, v."passPoints", v."excellentPoints"
       FROM "AssessmentSpec" s JOIN "Competency" c ON c.id = s."competencyId"
       JOIN "Rubric" r ON r.id = s."rubricId" JOIN "RubricVersion" v ON v."rubricId" = r.id AND v.version = r."latestVersion"
      WHERE s."programmeId" IS NULL AND c."catalogueId" = $1`,
    [catalogueId],
  );
  return new Map(
    rows.map((row) => [
      row.competencyId,
      {
        slots: row.artefacts.map((slot) => ({ key: slot.key, kind: slot.kind })),
        rubricVersionId: row.rubricVersionId,
        criteria: row.criteria,
        passPoints: row.passPoints,
        excellentPoints: row.excellentPoints,
      },
    ]),
  );
}

interface CompetencyRow {
  id: string;
  code: string;
  credits: number;
  dimension: string;
}

/** Every row of the world, in insertion order (parents first), and what the learning data is drawn for. */
function generate(
  catalogueId: string,
  competencies: Map<string, CompetencyRow>,
): { tables: Table[]; learning: LearningInput } {
  const random = prng(20_251_124);
  /** Competencies of each enrolment's SUBMITTED or APPROVED selection; each teacher's enrolment in the running programme. */
  const selected = new Map<string, string[]>();
  const mainEnrolment = new Map<string, string>();
  const organisation = new Table('Organisation', [
    ['id', 'text'],
    ['kind', '"OrganisationKind"'],
    ['code', 'text'],
    ['name', 'text'],
    ['parentId', 'text'],
    ['path', 'text'],
    ['createdAt', ts],
  ]);
  const user = new Table('User', [
    ['id', 'text'],
    ['login', 'text'],
    ['displayName', 'text'],
    ['email', 'text'],
    ['organisationId', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  // Every person signs in through the bench's identity provider, their subject there being their login.
  const identity = new Table('UserIdentity', [
    ['id', 'text'],
    ['userId', 'text'],
    ['issuer', 'text'],
    ['subject', 'text'],
    ['createdAt', ts],
  ]);
  const role = new Table('RoleAssignment', [
    ['id', 'text'],
    ['userId', 'text'],
    ['role', '"Role"'],
    ['organisationId', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  const programme = new Table('Programme', [
    ['id', 'text'],
    ['districtId', 'text'],
    ['orgPath', 'text'],
    ['code', 'text'],
    ['name', 'text'],
    ['description', 'text'],
    ['catalogueId', 'text'],
    ['status', '"ProgrammeStatus"'],
    ['rules', 'jsonb'],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]);
  const phase = new Table('ProgrammePhase', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['kind', '"PhaseKind"'],
    ['startsOn', 'date'],
    ['endsOn', 'date'],
  ]);
  const batch = new Table('Batch', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['name', 'text'],
    ['startsOn', 'date'],
    ['endsOn', 'date'],
    ['stages', '"SchoolStage"[]'],
    ['position', 'int'],
  ]);
  const batchSchool = new Table('BatchSchool', [
    ['id', 'text'],
    ['batchId', 'text'],
    ['schoolId', 'text'],
    ['orgPath', 'text'],
    ['quota', 'int'],
    ['createdAt', ts],
  ]);
  const range = new Table('SchoolRange', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['schoolId', 'text'],
    ['orgPath', 'text'],
    ['updatedAt', ts],
    ['updatedById', 'text'],
  ]);
  const rangeItem = new Table('SchoolRangeItem', [
    ['rangeId', 'text'],
    ['competencyId', 'text'],
  ]);
  const enrolment = new Table('Enrolment', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['batchId', 'text'],
    ['schoolId', 'text'],
    ['classId', 'text'],
    ['teacherId', 'text'],
    ['orgPath', 'text'],
    ['enrolledAt', ts],
    ['selectionDueAt', ts],
  ]);
  const selection = new Table('Selection', [
    ['id', 'text'],
    ['enrolmentId', 'text'],
    ['status', '"SelectionStatus"'],
    ['totalCredits', 'int'],
    ['onBehalf', 'boolean'],
    ['submittedAt', ts],
    ['submittedById', 'text'],
    ['decidedAt', ts],
    ['orgPath', 'text'],
    ['updatedAt', ts],
  ]);
  const selectionItem = new Table('SelectionItem', [
    ['selectionId', 'text'],
    ['competencyId', 'text'],
    ['position', 'int'],
  ]);
  const decision = new Table('Decision', [
    ['id', 'text'],
    ['subjectType', 'text'],
    ['subjectId', 'text'],
    ['actorId', 'text'],
    ['action', 'text'],
    ['fromState', 'text'],
    ['toState', 'text'],
    ['comment', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);

  const org = (kind: string, code: string, name: string, parent: { id: string; path: string } | null) => {
    const id = random.uuid();
    const path = `${parent?.path ?? '/'}${id}/`;
    organisation.add(id, kind, code, name, parent?.id ?? null, path, '2024-09-01 00:00:00');
    return { id, path };
  };
  const person = (login: string, displayName: string, home: { id: string; path: string }, email: boolean) => {
    const id = random.uuid();
    user.add(
      id,
      login,
      displayName,
      email ? `${login}@bench.invalid` : null,
      home.id,
      home.path,
      '2024-09-01 00:00:00',
    );
    identity.add(random.uuid(), id, ISSUER, login, '2024-09-01 00:00:00');
    return { id, login };
  };
  const grant = (userId: string, roleName: string, on: { id: string; path: string }) =>
    role.add(random.uuid(), userId, roleName, on.id, on.path, '2024-09-01 00:00:00');

  const province = org('PROVINCE', 'bench-province', '基准省', null);
  const provinceAdmin = person(CODES.provinceAdmin, '省管理员', province, true);
  grant(provinceAdmin.id, 'PROVINCE_ADMIN', province);
  const city = org('CITY', 'bench-city', '基准市', province);
  const district = org('DISTRICT', CODES.district, '基准区', city);
  const districtAdmin = person(CODES.districtAdmin, '区项目办', district, true);
  grant(districtAdmin.id, 'DISTRICT_ADMIN', district);

  interface School {
    org: { id: string; path: string };
    admin: { id: string };
    classes: Array<{ id: string; path: string; tutorId: string }>;
    teachers: Array<{ id: string; class: { id: string; path: string } }>;
    range: string[];
  }
  const schools: School[] = [];
  for (let n = 1; n <= SCHOOLS; n += 1) {
    const school = org('SCHOOL', CODES.school(n), `基准区第${String(n).padStart(3, '0')}学校`, district);
    const admin = person(CODES.admin(n), `${personName(random)}（管理员）`, school, true);
    grant(admin.id, 'SCHOOL_ADMIN', school);
    const classes = Array.from({ length: CLASSES_PER_SCHOOL }, (_, c) => {
      const klass = org('CLASS', CODES.klass(n, c + 1), `${c + 1}班`, school);
      const tutor = person(CODES.tutor(n, c + 1), `${personName(random)}（辅导者）`, school, true);
      grant(tutor.id, 'CLASS_TUTOR', klass);
      return { ...klass, tutorId: tutor.id };
    });
    const teachers = Array.from({ length: TEACHERS_PER_SCHOOL }, (_, t) => {
      const klass = classes[Math.floor(t / CLASS_SIZE)]!;
      const teacher = person(CODES.teacher(n, t + 1), personName(random), school, random.next() < 0.8);
      grant(teacher.id, 'TEACHER', school);
      grant(teacher.id, 'TEACHER', klass);
      return { id: teacher.id, class: klass };
    });
    schools.push({ org: school, admin, classes, teachers, range: RANGES[(n - 1) % RANGES.length]! });
  }

  const competency = (code: string) => {
    const found = competencies.get(code);
    if (!found) throw new Error(`bench data: no competency ${code} in the national catalogue`);
    return found;
  };

  /** 3 to 6 points of `allowed`, ≥ 20 credits, in at least 2 dimensions (valid under Tianchang's rules). */
  const choosePoints = (allowed: string[]) => {
    for (;;) {
      const size = 3 + random.int(4);
      const pool = [...allowed];
      const chosen: CompetencyRow[] = [];
      while (chosen.length < size) chosen.push(competency(pool.splice(random.int(pool.length), 1)[0]!));
      const credits = chosen.reduce((sum, c) => sum + c.credits, 0);
      if (credits >= 20 && new Set(chosen.map((c) => c.dimension)).size >= 2) return { chosen, credits };
    }
  };

  const history = (
    subjectId: string,
    orgPath: string,
    entries: Array<[string | null, string, string | null, string, string | null, string]>,
  ) => {
    for (const [actorId, action, fromState, toState, comment, when] of entries) {
      decision.add(random.uuid(), 'Selection', subjectId, actorId, action, fromState, toState, comment, orgPath, when);
    }
  };

  const RETURN_COMMENTS = [
    '请补充教学情境中的应用设想。',
    '能力点与任教学科不匹配，请调整。',
    '请选择不同维度的能力点。',
  ];

  /** A stored selection for an enrolment, with the history a real one would have. */
  const select = (
    e: { id: string; teacherId: string; orgPath: string },
    adminId: string,
    allowed: string[],
    start: string,
    outcome: 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'RESUBMITTED',
  ) => {
    const id = random.uuid();
    const { chosen, credits } = choosePoints(allowed);
    const submitted = at(start, 5 + random.next() * 40);
    const decided = at(submitted.slice(0, 10), 1 + random.next() * 5);
    const again = at(decided.slice(0, 10), 1 + random.next() * 3);
    const status = outcome === 'RESUBMITTED' ? 'SUBMITTED' : outcome;
    if (status === 'SUBMITTED' || status === 'APPROVED')
      selected.set(
        e.id,
        chosen.map((c) => c.id),
      );
    const comment = random.pick(RETURN_COMMENTS);
    const lastSubmitted = outcome === 'RESUBMITTED' ? again : submitted;
    selection.add(
      id,
      e.id,
      status,
      credits,
      false,
      lastSubmitted,
      e.teacherId,
      status === 'SUBMITTED' ? null : decided,
      e.orgPath,
      outcome === 'SUBMITTED' ? submitted : outcome === 'RESUBMITTED' ? again : decided,
    );
    for (const [position, c] of chosen.entries()) selectionItem.add(id, c.id, position);
    const submit: [string, string, null, string, null, string] = [
      e.teacherId,
      'SUBMIT',
      null,
      'SUBMITTED',
      null,
      submitted,
    ];
    if (outcome === 'SUBMITTED') history(id, e.orgPath, [submit]);
    if (outcome === 'APPROVED')
      history(id, e.orgPath, [submit, [adminId, 'APPROVE', 'SUBMITTED', 'APPROVED', null, decided]]);
    if (outcome === 'RETURNED')
      history(id, e.orgPath, [submit, [adminId, 'RETURN', 'SUBMITTED', 'RETURNED', comment, decided]]);
    if (outcome === 'RESUBMITTED') {
      history(id, e.orgPath, [
        submit,
        [adminId, 'RETURN', 'SUBMITTED', 'RETURNED', comment, decided],
        [e.teacherId, 'SUBMIT', 'RETURNED', 'SUBMITTED', null, again],
      ]);
    }
  };

  const phases = (programmeId: string, year: number) => {
    phase.add(random.uuid(), programmeId, 'PREPARATION', `${year}-02-01`, `${year}-02-28`);
    phase.add(random.uuid(), programmeId, 'IMPLEMENTATION', `${year}-03-01`, `${year}-10-31`);
    phase.add(random.uuid(), programmeId, 'SUMMARY', `${year}-11-01`, `${year}-11-30`);
    phase.add(random.uuid(), programmeId, 'FOLLOW_UP', `${year}-12-01`, `${year}-12-31`);
  };
  const lifeCycle = (programmeId: string, status: string, created: string) => {
    const steps: Array<[string, string | null, string]> = [
      ['CREATE', null, 'DRAFT'],
      ['PUBLISH', 'DRAFT', 'PUBLISHED'],
      ['START', 'PUBLISHED', 'RUNNING'],
      ['CLOSE', 'RUNNING', 'CLOSED'],
    ];
    const upTo = steps.findIndex(([, , to]) => to === status);
    steps.slice(0, upTo + 1).forEach(([action, from, to], i) => {
      decision.add(
        random.uuid(),
        'Programme',
        programmeId,
        districtAdmin.id,
        action,
        from,
        to,
        null,
        district.path,
        at(created.slice(0, 10), i * 7),
      );
    });
  };

  // The running programme: every school, every teacher.
  const main = random.uuid();
  programme.add(
    main,
    district.id,
    district.path,
    CODES.programme,
    '基准区2025年中小学教师信息技术应用能力提升工程2.0培训',
    '远程培训：自主选学不低于20学分、原则上不在同一维度的微能力点；学校框定范围并指导审核。',
    catalogueId,
    'RUNNING',
    JSON.stringify(TIANCHANG_RULES),
    '2025-02-01 00:00:00',
    '2025-03-01 00:00:00',
  );
  phases(main, 2025);
  lifeCycle(main, 'RUNNING', '2025-02-01 00:00:00');
  const mainBatch = random.uuid();
  batch.add(mainBatch, main, '2025年网络研修', '2025-03-01', '2025-10-31', `{${ALL_STAGES.join(',')}}`, 0);
  for (const school of schools) {
    batchSchool.add(
      random.uuid(),
      mainBatch,
      school.org.id,
      school.org.path,
      TEACHERS_PER_SCHOOL + 20,
      '2025-02-20 00:00:00',
    );
    const rangeId = random.uuid();
    range.add(rangeId, main, school.org.id, school.org.path, '2025-02-25 00:00:00', school.admin.id);
    for (const code of school.range) rangeItem.add(rangeId, competency(code).id);
    for (const teacher of school.teachers) {
      const e = { id: random.uuid(), teacherId: teacher.id, orgPath: school.org.path };
      mainEnrolment.set(teacher.id, e.id);
      enrolment.add(
        e.id,
        main,
        mainBatch,
        school.org.id,
        teacher.class.id,
        teacher.id,
        school.org.path,
        at('2025-03-01', random.next() * 5),
        null,
      );
      const roll = random.next();
      if (roll < 0.15) continue; // not selected yet
      const outcome = roll < 0.4 ? 'SUBMITTED' : roll < 0.85 ? 'APPROVED' : roll < 0.93 ? 'RETURNED' : 'RESUBMITTED';
      select(e, school.admin.id, school.range, '2025-03-05', outcome);
    }
  }

  // The other programmes: one published, one draft, the rest closed (the first PAST_ENROLMENTS with the first school).
  const others: Array<{ code: string; status: string; year: number }> = [
    { code: 'bench-2026', status: 'PUBLISHED', year: 2026 },
    { code: 'bench-2027', status: 'DRAFT', year: 2027 },
    ...Array.from({ length: PROGRAMMES - 3 }, (_, i) => ({
      code: `bench-archive-${String(i + 1).padStart(2, '0')}`,
      status: 'CLOSED',
      year: 2024 - Math.floor(i / 6),
    })),
  ];
  const first = schools[0]!;
  others.forEach((spec, i) => {
    const id = random.uuid();
    const created = `${spec.year - 1}-12-${String(1 + (i % 28)).padStart(2, '0')} 00:00:00`;
    programme.add(
      id,
      district.id,
      district.path,
      spec.code,
      `基准区${spec.year}年教师培训项目（${spec.code}）`,
      null,
      catalogueId,
      spec.status,
      JSON.stringify(TIANCHANG_RULES),
      created,
      created,
    );
    phases(id, spec.year);
    lifeCycle(id, spec.status, created);
    const batches = Array.from({ length: 1 + (i % 2) }, (_, b) => {
      const batchId = random.uuid();
      batch.add(
        batchId,
        id,
        `第${b + 1}批`,
        `${spec.year}-03-01`,
        `${spec.year}-10-31`,
        b === 0 ? '{PRIMARY,JUNIOR_SECONDARY}' : '{KINDERGARTEN}',
        b,
      );
      return batchId;
    });
    if (spec.status !== 'CLOSED' || i - 2 >= PAST_ENROLMENTS) return;
    batchSchool.add(random.uuid(), batches[0]!, first.org.id, first.org.path, TEACHERS_PER_SCHOOL, created);
    for (const teacher of first.teachers) {
      const e = { id: random.uuid(), teacherId: teacher.id, orgPath: first.org.path };
      enrolment.add(
        e.id,
        id,
        batches[0]!,
        first.org.id,
        teacher.class.id,
        teacher.id,
        first.org.path,
        at(`${spec.year}-03-01`, random.next() * 5),
        null,
      );
      select(e, first.admin.id, first.range, `${spec.year}-03-05`, 'APPROVED');
    }
  });

  // The provincial system's sync client (issue 14): a SYNC_CLIENT on the district, made last so the ids above keep their
  // place in the PRNG's sequence.
  const syncClient = person(CODES.syncClient, '省继续教育系统（同步客户端）', district, false);
  grant(syncClient.id, 'SYNC_CLIENT', district);

  const tables = [
    organisation,
    user,
    identity,
    role,
    programme,
    phase,
    batch,
    batchSchool,
    range,
    rangeItem,
    enrolment,
    selection,
    selectionItem,
    decision,
  ];
  const learning: LearningInput = {
    programmeId: main,
    districtPath: district.path,
    districtAdminId: districtAdmin.id,
    competencies: [...competencies.values()].map((c) => ({ id: c.id, code: c.code })),
    schools: schools.map((school, n) => ({
      code: CODES.school(n + 1),
      org: school.org,
      adminId: school.admin.id,
      classes: school.classes,
      teachers: school.teachers.map((teacher) => {
        const enrolmentId = mainEnrolment.get(teacher.id)!;
        return {
          id: teacher.id,
          enrolmentId,
          classIndex: school.classes.findIndex((c) => c.id === teacher.class.id),
          selected: selected.get(enrolmentId) ?? [],
        };
      }),
    })),
  };
  return { tables, learning };
}
