/**
 * How a OneRoster bundle becomes schools, classes, people, class tutors and class placements of one district. Pure:
 * the caller loads what exists (the organisations whose codes the rows name, the users whose logins they name, the
 * programme's enrolments of those users, the schools busy in a running programme); this decides every row's action
 * and the writes, which are applied only when no row failed. People rows go through the people import's own rules
 * (planPeople), so a OneRoster user is checked exactly as a row of a people file is.
 *
 * Mapping:
 * - orgs.csv `district`: must be the district imported into (its code = `identifier`, or `sourcedId` when blank);
 *   `school`: a SCHOOL under the district, code = `identifier` (or `sourcedId`), name = `name`; other types: refused.
 * - users.csv: a person at home in their first org (`primaryOrgSourcedId`, else the first of `orgSourcedIds`), login =
 *   `username`, name = familyName + givenName (Chinese order; a space between Latin names), employee number =
 *   `identifier`, e-mail, phone (`phone`, else `sms`); roles `teacher` and `student` (trainee teachers) → TEACHER,
 *   `administrator`, `principal`, `siteAdministrator` → SCHOOL_ADMIN, on each of their orgs; other roles refused.
 * - classes.csv: a CLASS of its school, code = `classCode` (or `sourcedId`), name = `title`.
 * - enrollments.csv: `teacher` → CLASS_TUTOR of the class; `student` → member (TEACHER) of the class and, when a
 *   programme is given, their enrolment in it placed in the class (they must be enrolled already).
 * - `status` tobedeleted: a school or class is deactivated, a person deactivated, an enrolment's role revoked (and
 *   the placement cleared).
 * References name rows of the bundle, or else existing schools and classes of the district by code = sourcedId.
 */
import type { OrganisationKind, Role } from '../../api/db/generated/prisma/enums.js';
import type {
  OneRosterBundle,
  OneRosterCellCode,
  OneRosterFileKind,
  OneRosterProblem,
  OneRosterStatus,
} from '../../api/standards/oneroster-csv.js';
import { organisationCodeSchema, organisationNameSchema } from '../organisations/index.js';
import type { GrantorAssignment } from '../people/index.js';
import {
  type ExistingPerson,
  type PersonRow,
  type PersonRowErrorCode,
  type PlanOrganisation,
  planPeople,
  type RowMessage,
} from '../people/index.js';

export type RosterAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

export type RosterProblemCode =
  | OneRosterCellCode
  | Exclude<PersonRowErrorCode, 'UNKNOWN_ROLE' | 'FORMULA_LIKE_VALUE'>
  | 'UNKNOWN_REFERENCE'
  | 'REFERENCED_ROW_IN_ERROR'
  | 'WRONG_DISTRICT'
  | 'UNSUPPORTED_ORG_TYPE'
  | 'UNSUPPORTED_ROLE'
  | 'CODE_TAKEN'
  | 'NAME_TAKEN'
  | 'OTHER_SCHOOL'
  | 'NOT_ENROLLED'
  | 'SCHOOL_IN_PROGRAMME'
  | 'SCHOOL_CLOSED';

export interface RosterProblem {
  column: string | null;
  code: RosterProblemCode;
  message: RowMessage;
}

export interface RosterRowResult {
  file: OneRosterFileKind;
  line: number;
  sourcedId: string;
  action: RosterAction;
  problems: RosterProblem[];
}

export interface RosterOrganisation {
  id: string;
  code: string;
  kind: OrganisationKind;
  path: string;
  name: string;
  parentId: string | null;
  deactivatedAt: Date | null;
}

export interface RosterUser extends ExistingPerson {
  deactivatedAt: Date | null;
}

export interface RosterPlanContext {
  district: { id: string; code: string; path: string; name: string };
  grantor: readonly GrantorAssignment[];
  /** Organisations (anywhere: codes are unique across the service) whose code is one the rows name. */
  organisations: readonly RosterOrganisation[];
  /** Schools and classes of the district whose name is one the rows name (names are unique among siblings). */
  namesakes: ReadonlyArray<{ id: string; kind: OrganisationKind; parentId: string | null; name: string }>;
  /** Users whose login is one the rows name. */
  users: readonly RosterUser[];
  /** Schools of the district with teachers enrolled in a RUNNING programme (not deactivated meanwhile). */
  busySchoolIds: readonly string[];
  /** The programme student enrollments place trainees in, if any, and its enrolments of the rows' users. */
  programme: { id: string } | null;
  enrolments: ReadonlyArray<{ id: string; teacherId: string; schoolId: string; classId: string | null }>;
  /** Schools that closed (结项) in the programme: their trainees' class placements no longer change. */
  closedSchoolIds: readonly string[];
  /** A new organisation id. */
  newId: () => string;
  protect: (normalized: string) => { nationalIdHash: string; nationalIdMasked: string };
  today: Date;
}

export interface NewRosterOrganisation {
  id: string;
  kind: 'SCHOOL' | 'CLASS';
  code: string;
  name: string;
  parentId: string;
  path: string;
}

export interface RosterGrant {
  login: string;
  userId: string | null;
  role: Role;
  organisationId: string;
  orgPath: string;
}

export interface RosterWrites {
  /** Schools first, then classes (a class's school exists before it). */
  newOrganisations: NewRosterOrganisation[];
  renames: Array<{ id: string; name: string }>;
  deactivations: string[];
  reactivations: string[];
  /** People rows by home organisation, for the people import's apply step (only homes where some row changes). */
  people: Array<{ home: PlanOrganisation; rows: PersonRow[] }>;
  userDeactivations: string[];
  grants: RosterGrant[];
  revocations: Array<{ userId: string; role: Role; organisationId: string }>;
  placements: Array<{ enrolmentId: string; classId: string | null }>;
}

export type RosterCounts = Record<OneRosterFileKind, Record<RosterAction, number>>;

export interface RosterPlan {
  rows: RosterRowResult[];
  counts: RosterCounts;
  errors: number;
  writes: RosterWrites;
  /** True when applying would write something. */
  changes: boolean;
}

const FILES: readonly OneRosterFileKind[] = ['ORGS', 'USERS', 'CLASSES', 'ENROLLMENTS'];

/** OneRoster user roles and the Tisheng role each becomes on the person's orgs. */
export const USER_ROLE_MAP: Readonly<Record<string, Role>> = {
  teacher: 'TEACHER',
  student: 'TEACHER',
  administrator: 'SCHOOL_ADMIN',
  principal: 'SCHOOL_ADMIN',
  siteAdministrator: 'SCHOOL_ADMIN',
};

/** OneRoster enrollment roles and the role each becomes on the class. */
export const ENROLLMENT_ROLE_MAP: Readonly<Record<string, Role>> = {
  teacher: 'CLASS_TUTOR',
  student: 'TEACHER',
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** familyName + givenName: 张三 for Chinese names, "Zhang San" for Latin ones. */
export function displayNameOf(familyName: string, givenName: string): string {
  const family = familyName.trim();
  const given = givenName.trim();
  return CJK.test(family) || CJK.test(given) ? `${family}${given}` : [family, given].filter(Boolean).join(' ');
}

const problem = (
  column: string | null,
  code: RosterProblemCode,
  params: Record<string, string | number> = {},
): RosterProblem => ({ column, code, message: { key: `ROSTER_ROW.${code}`, params } });

const fromCell = (cell: OneRosterProblem): RosterProblem => problem(cell.column, cell.code, cell.params);

/** Columns of users.csv a people-plan error points at. */
const PERSON_COLUMNS: Partial<Record<string, string>> = {
  login: 'username',
  displayName: 'familyName',
  email: 'email',
  phone: 'phone',
  employeeNumber: 'identifier',
};

/** What a reference resolved to: an organisation (existing or planned), or the row it names being in error. */
type Resolved<T> = { ok: T } | { inError: { file: OneRosterFileKind; line: number } } | null;

interface PlannedSchool extends PlanOrganisation {
  /** Active after the import. */
  active: boolean;
}

interface PlannedUser {
  login: string;
  userId: string | null;
  homeId: string;
  roles: ExistingPerson['roles'];
}

export function planRoster(bundle: OneRosterBundle, context: RosterPlanContext): RosterPlan {
  const { district } = context;
  const orgsByCode = new Map(context.organisations.map((org) => [org.code, org]));
  const nameKey = (parentId: string | null, kind: OrganisationKind, name: string) =>
    JSON.stringify([parentId, kind, name]);
  const names = new Map(context.namesakes.map((org) => [nameKey(org.parentId, org.kind, org.name), org.id]));
  /** True when another organisation of the kind under the parent has (or is planned to have) the name. */
  const nameTaken = (id: string, parentId: string, kind: OrganisationKind, name: string) => {
    const holder = names.get(nameKey(parentId, kind, name));
    if (holder !== undefined && holder !== id) return true;
    names.set(nameKey(parentId, kind, name), id);
    return false;
  };
  const usersByLogin = new Map(context.users.map((user) => [user.login, user]));
  const busy = new Set(context.busySchoolIds);
  const closed = new Set(context.closedSchoolIds);
  const enrolmentByTeacher = new Map(context.enrolments.map((enrolment) => [enrolment.teacherId, enrolment]));
  const inDistrict = (org: RosterOrganisation) => org.path.startsWith(district.path) && org.id !== district.id;

  const rows: RosterRowResult[] = [];
  const writes: RosterWrites = {
    newOrganisations: [],
    renames: [],
    deactivations: [],
    reactivations: [],
    people: [],
    userDeactivations: [],
    grants: [],
    revocations: [],
    placements: [],
  };
  const result = (
    file: OneRosterFileKind,
    row: { line: number; sourcedId: string },
    action: RosterAction,
    problems: RosterProblem[] = [],
  ) => {
    const entry: RosterRowResult = {
      file,
      line: row.line,
      sourcedId: row.sourcedId,
      action: problems.length ? 'ERROR' : action,
      problems,
    };
    rows.push(entry);
    return entry;
  };

  /** Plans an organisation row of `kind` under `parent`: create, rename, reactivate, deactivate or nothing. */
  const planOrganisation = (
    file: OneRosterFileKind,
    row: { line: number; sourcedId: string; status: OneRosterStatus },
    kind: 'SCHOOL' | 'CLASS',
    code: string,
    codeColumn: string,
    name: string,
    nameColumn: string,
    parent: PlanOrganisation,
  ): PlannedSchool | null | undefined => {
    const parsedCode = organisationCodeSchema.safeParse(code);
    if (!parsedCode.success) {
      result(file, row, 'ERROR', [
        problem(codeColumn, 'INVALID_VALUE', { column: codeColumn, value: code.slice(0, 60) }),
      ]);
      return null;
    }
    const existing = orgsByCode.get(code);
    if (
      existing &&
      (existing.kind !== kind || (kind === 'CLASS' ? existing.parentId !== parent.id : !inDistrict(existing)))
    ) {
      result(file, row, 'ERROR', [problem(codeColumn, 'CODE_TAKEN', { code })]);
      return null;
    }
    if (row.status === 'tobedeleted') {
      if (!existing || existing.deactivatedAt) {
        result(file, row, 'UNCHANGED');
        return existing ? { ...existing, active: false } : undefined;
      }
      if (kind === 'SCHOOL' && busy.has(existing.id)) {
        result(file, row, 'ERROR', [problem('status', 'SCHOOL_IN_PROGRAMME', { code })]);
        return null;
      }
      writes.deactivations.push(existing.id);
      result(file, row, 'UPDATE');
      return { ...existing, active: false };
    }
    const parsedName = organisationNameSchema.safeParse(name);
    if (!parsedName.success) {
      result(file, row, 'ERROR', [
        problem(nameColumn, 'INVALID_VALUE', { column: nameColumn, value: name.slice(0, 60) }),
      ]);
      return null;
    }
    if (nameTaken(existing?.id ?? `new:${file}:${row.line}`, parent.id, kind, parsedName.data)) {
      result(file, row, 'ERROR', [problem(nameColumn, 'NAME_TAKEN', { name: parsedName.data })]);
      return null;
    }
    if (!existing) {
      const id = context.newId();
      const planned = { id, kind, code, name: parsedName.data, parentId: parent.id, path: `${parent.path}${id}/` };
      writes.newOrganisations.push(planned);
      result(file, row, 'CREATE');
      return { ...planned, active: true };
    }
    let changed = false;
    if (existing.name !== parsedName.data) {
      writes.renames.push({ id: existing.id, name: parsedName.data });
      changed = true;
    }
    if (existing.deactivatedAt) {
      writes.reactivations.push(existing.id);
      changed = true;
    }
    result(file, row, changed ? 'UPDATE' : 'UNCHANGED');
    return { ...existing, active: true };
  };

  // orgs.csv: the district row, then schools.
  const districtSourcedIds = new Set<string>();
  const schools = new Map<string, Resolved<PlannedSchool>>();
  const orgRows = bundle.orgs.filter((row) => !row.problems.length);
  for (const row of bundle.orgs) if (row.problems.length) result('ORGS', row, 'ERROR', row.problems.map(fromCell));
  for (const row of orgRows.filter((row) => row.type === 'district')) {
    const code = row.identifier || row.sourcedId;
    if (code !== district.code) {
      result('ORGS', row, 'ERROR', [
        problem(row.identifier ? 'identifier' : 'sourcedId', 'WRONG_DISTRICT', { code, district: district.code }),
      ]);
      continue;
    }
    districtSourcedIds.add(row.sourcedId);
    result('ORGS', row, 'UNCHANGED');
  }
  const districtOrg: PlanOrganisation = { id: district.id, code: district.code, kind: 'DISTRICT', path: district.path };
  for (const row of orgRows.filter((row) => row.type !== 'district')) {
    if (row.type !== 'school') {
      result('ORGS', row, 'ERROR', [problem('type', 'UNSUPPORTED_ORG_TYPE', { type: row.type.slice(0, 60) })]);
      schools.set(row.sourcedId, { inError: { file: 'ORGS', line: row.line } });
      continue;
    }
    if (row.parentSourcedId && !districtSourcedIds.has(row.parentSourcedId) && row.parentSourcedId !== district.code) {
      result('ORGS', row, 'ERROR', [
        problem('parentSourcedId', 'WRONG_DISTRICT', {
          code: row.parentSourcedId.slice(0, 60),
          district: district.code,
        }),
      ]);
      schools.set(row.sourcedId, { inError: { file: 'ORGS', line: row.line } });
      continue;
    }
    const codeColumn = row.identifier ? 'identifier' : 'sourcedId';
    const planned = planOrganisation(
      'ORGS',
      row,
      'SCHOOL',
      row.identifier || row.sourcedId,
      codeColumn,
      row.name,
      'name',
      districtOrg,
    );
    if (planned !== undefined)
      schools.set(row.sourcedId, planned ? { ok: planned } : { inError: { file: 'ORGS', line: row.line } });
  }
  for (const row of bundle.orgs)
    if (row.problems.length) schools.set(row.sourcedId, { inError: { file: 'ORGS', line: row.line } });

  /** A school (or, for users, the district) a row names: a row of the bundle, else an existing one by code. */
  const resolveSchool = (sourcedId: string): Resolved<PlannedSchool> => {
    const inFile = schools.get(sourcedId);
    if (inFile) return inFile;
    const existing = orgsByCode.get(sourcedId);
    if (existing && existing.kind === 'SCHOOL' && inDistrict(existing))
      return { ok: { ...existing, active: !existing.deactivatedAt } };
    return null;
  };

  // classes.csv
  const classes = new Map<string, Resolved<PlannedSchool & { schoolId: string }>>();
  for (const row of bundle.classes) {
    if (row.problems.length) {
      result('CLASSES', row, 'ERROR', row.problems.map(fromCell));
      classes.set(row.sourcedId, { inError: { file: 'CLASSES', line: row.line } });
      continue;
    }
    const school = resolveSchool(row.schoolSourcedId);
    const reference = referenceProblem(school, 'schoolSourcedId', row.schoolSourcedId);
    if (reference || !school || !('ok' in school)) {
      result('CLASSES', row, 'ERROR', [
        reference ?? problem('schoolSourcedId', 'UNKNOWN_REFERENCE', { reference: row.schoolSourcedId }),
      ]);
      classes.set(row.sourcedId, { inError: { file: 'CLASSES', line: row.line } });
      continue;
    }
    const codeColumn = row.classCode ? 'classCode' : 'sourcedId';
    const planned = planOrganisation(
      'CLASSES',
      row,
      'CLASS',
      row.classCode || row.sourcedId,
      codeColumn,
      row.title,
      'title',
      school.ok,
    );
    if (planned !== undefined)
      classes.set(
        row.sourcedId,
        planned ? { ok: { ...planned, schoolId: school.ok.id } } : { inError: { file: 'CLASSES', line: row.line } },
      );
  }
  const resolveClass = (sourcedId: string): Resolved<PlannedSchool & { schoolId: string }> => {
    const inFile = classes.get(sourcedId);
    if (inFile) return inFile;
    const existing = orgsByCode.get(sourcedId);
    if (existing && existing.kind === 'CLASS' && inDistrict(existing) && existing.parentId)
      return { ok: { ...existing, active: !existing.deactivatedAt, schoolId: existing.parentId } };
    return null;
  };

  // users.csv: checked here for what is OneRoster's, then by the people rules per home organisation.
  const users = new Map<string, Resolved<PlannedUser>>();
  const byHome = new Map<
    string,
    { home: PlanOrganisation; rows: PersonRow[]; sourced: Map<number, { sourcedId: string }> }
  >();
  const seenLogins = new Map<string, number>();
  const planOrgs = new Map<string, PlanOrganisation>();
  for (const row of bundle.users) {
    const fail = (problems: RosterProblem[]) => {
      result('USERS', row, 'ERROR', problems);
      users.set(row.sourcedId, { inError: { file: 'USERS', line: row.line } });
    };
    if (row.problems.length) {
      fail(row.problems.map(fromCell));
      continue;
    }
    if (!row.username) {
      fail([problem('username', 'MISSING_VALUE', { column: 'username' })]);
      continue;
    }
    const firstLine = seenLogins.get(row.username);
    if (firstLine !== undefined) {
      fail([problem('username', 'DUPLICATE_ROW', { login: row.username, line: firstLine })]);
      continue;
    }
    seenLogins.set(row.username, row.line);
    const existing = usersByLogin.get(row.username) ?? null;
    if (row.status === 'tobedeleted') {
      if (existing && !existing.orgPath.startsWith(district.path)) {
        fail([problem('username', 'LOGIN_TAKEN', { login: row.username })]);
        continue;
      }
      if (existing && !existing.deactivatedAt) writes.userDeactivations.push(existing.id);
      result('USERS', row, existing && !existing.deactivatedAt ? 'UPDATE' : 'UNCHANGED');
      continue;
    }
    const unsupported = row.roles.find((role) => !Object.hasOwn(USER_ROLE_MAP, role));
    if (unsupported) {
      fail([problem('role', 'UNSUPPORTED_ROLE', { role: unsupported })]);
      continue;
    }
    const orgs: PlannedSchool[] = [];
    let refProblem: RosterProblem | null = null;
    for (const sourcedId of row.orgSourcedIds) {
      const resolved = resolveSchool(sourcedId);
      const issue = referenceProblem(resolved, 'orgSourcedIds', sourcedId);
      if (issue || !resolved || !('ok' in resolved)) {
        refProblem = issue ?? problem('orgSourcedIds', 'UNKNOWN_REFERENCE', { reference: sourcedId });
        break;
      }
      orgs.push(resolved.ok);
    }
    const home = orgs[0];
    if (refProblem || !home) {
      fail([refProblem ?? problem('orgSourcedIds', 'MISSING_VALUE', { column: 'orgSourcedIds' })]);
      continue;
    }
    for (const org of orgs) planOrgs.set(org.code, org);
    const roles = [...new Set(row.roles.map((role) => USER_ROLE_MAP[role] as Role))];
    const roleCell = orgs.flatMap((org, i) => roles.map((role) => (i === 0 ? role : `${role}@${org.code}`))).join(';');
    const personRow: PersonRow = {
      row: row.line,
      login: row.username,
      name: displayNameOf(row.familyName, row.givenName),
      phone: row.phone || row.sms,
      email: row.email,
      subject: '',
      stage: '',
      employeeNumber: row.identifier,
      nationalId: '',
      roles: roleCell,
      units: '',
      identityIssuer: '',
      identitySubject: '',
    };
    const group = byHome.get(home.id) ?? {
      home,
      rows: [] as PersonRow[],
      sourced: new Map<number, { sourcedId: string }>(),
    };
    group.rows.push(personRow);
    group.sourced.set(row.line, { sourcedId: row.sourcedId });
    byHome.set(home.id, group);
    users.set(row.sourcedId, {
      ok: { login: row.username, userId: existing?.id ?? null, homeId: home.id, roles: existing?.roles ?? [] },
    });
  }
  for (const group of byHome.values()) {
    const plan = planPeople(group.rows, {
      organisation: group.home,
      organisations: [...planOrgs.values()],
      grantor: context.grantor,
      users: context.users,
      nationalIdHolders: [],
      identityHolders: [],
      protect: context.protect,
      today: context.today,
    });
    for (const planned of plan.rows) {
      const sourcedId = group.sourced.get(planned.row)?.sourcedId ?? '';
      if (planned.outcome === 'ERROR') {
        const field = String(planned.message?.params.field ?? '');
        const code =
          planned.code === 'UNKNOWN_ROLE' || planned.code === 'FORMULA_LIKE_VALUE'
            ? 'INVALID_VALUE'
            : (planned.code ?? 'INVALID_VALUE');
        result('USERS', { line: planned.row, sourcedId }, 'ERROR', [
          {
            column: PERSON_COLUMNS[field] ?? (planned.code === 'LOGIN_TAKEN' ? 'username' : null),
            code,
            message: planned.message ?? { key: `ROSTER_ROW.${code}`, params: {} },
          },
        ]);
        users.set(sourcedId, { inError: { file: 'USERS', line: planned.row } });
      } else
        result(
          'USERS',
          { line: planned.row, sourcedId },
          planned.outcome === 'CREATED' ? 'CREATE' : planned.outcome === 'UPDATED' ? 'UPDATE' : 'UNCHANGED',
        );
    }
    if (plan.created + plan.updated > 0) writes.people.push({ home: group.home, rows: group.rows });
  }

  // enrollments.csv
  const resolveUser = (sourcedId: string): Resolved<PlannedUser> => users.get(sourcedId) ?? null;
  for (const row of bundle.enrollments) {
    if (row.problems.length) {
      result('ENROLLMENTS', row, 'ERROR', row.problems.map(fromCell));
      continue;
    }
    const klass = resolveClass(row.classSourcedId);
    const classIssue = referenceProblem(klass, 'classSourcedId', row.classSourcedId);
    if (classIssue || !klass || !('ok' in klass)) {
      result('ENROLLMENTS', row, 'ERROR', [
        classIssue ?? problem('classSourcedId', 'UNKNOWN_REFERENCE', { reference: row.classSourcedId }),
      ]);
      continue;
    }
    const user = resolveUser(row.userSourcedId);
    const userIssue = referenceProblem(user, 'userSourcedId', row.userSourcedId);
    if (userIssue || !user || !('ok' in user)) {
      result('ENROLLMENTS', row, 'ERROR', [
        userIssue ?? problem('userSourcedId', 'UNKNOWN_REFERENCE', { reference: row.userSourcedId }),
      ]);
      continue;
    }
    const role = ENROLLMENT_ROLE_MAP[row.role];
    if (!role) {
      result('ENROLLMENTS', row, 'ERROR', [problem('role', 'UNSUPPORTED_ROLE', { role: row.role })]);
      continue;
    }
    const person = user.ok;
    const target = klass.ok;
    if (person.homeId !== target.schoolId) {
      result('ENROLLMENTS', row, 'ERROR', [
        problem('userSourcedId', 'OTHER_SCHOOL', { login: person.login, code: target.code }),
      ]);
      continue;
    }
    const held = person.roles.some((assignment) => assignment.role === role && assignment.organisationId === target.id);
    const enrolment = person.userId ? enrolmentByTeacher.get(person.userId) : undefined;
    const placing = role === 'TEACHER' && context.programme !== null;
    if (placing && enrolment && closed.has(enrolment.schoolId)) {
      const clears = row.status === 'tobedeleted' && enrolment.classId === target.id;
      const moves = row.status !== 'tobedeleted' && enrolment.classId !== target.id;
      if (clears || moves) {
        result('ENROLLMENTS', row, 'ERROR', [problem('userSourcedId', 'SCHOOL_CLOSED', { login: person.login })]);
        continue;
      }
    }
    if (row.status === 'tobedeleted') {
      let changed = false;
      if (held && person.userId) {
        writes.revocations.push({ userId: person.userId, role, organisationId: target.id });
        changed = true;
      }
      if (placing && enrolment && enrolment.classId === target.id) {
        writes.placements.push({ enrolmentId: enrolment.id, classId: null });
        changed = true;
      }
      result('ENROLLMENTS', row, changed ? 'UPDATE' : 'UNCHANGED');
      continue;
    }
    if (placing && !enrolment) {
      result('ENROLLMENTS', row, 'ERROR', [problem('userSourcedId', 'NOT_ENROLLED', { login: person.login })]);
      continue;
    }
    if (placing && enrolment && enrolment.schoolId !== target.schoolId) {
      result('ENROLLMENTS', row, 'ERROR', [
        problem('userSourcedId', 'OTHER_SCHOOL', { login: person.login, code: target.code }),
      ]);
      continue;
    }
    if (!held)
      writes.grants.push({
        login: person.login,
        userId: person.userId,
        role,
        organisationId: target.id,
        orgPath: target.path,
      });
    const moves = placing && enrolment && enrolment.classId !== target.id;
    if (moves && enrolment) writes.placements.push({ enrolmentId: enrolment.id, classId: target.id });
    result('ENROLLMENTS', row, !held ? 'CREATE' : moves ? 'UPDATE' : 'UNCHANGED');
  }

  const order = (row: RosterRowResult) => FILES.indexOf(row.file) * 1e9 + row.line;
  rows.sort((a, b) => order(a) - order(b));
  const counts = Object.fromEntries(
    FILES.map((file) => [file, { CREATE: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 }]),
  ) as RosterCounts;
  for (const row of rows) counts[row.file][row.action] += 1;
  const errors = rows.filter((row) => row.action === 'ERROR').length;
  const changes =
    writes.newOrganisations.length +
      writes.renames.length +
      writes.deactivations.length +
      writes.reactivations.length +
      writes.people.length +
      writes.userDeactivations.length +
      writes.grants.length +
      writes.revocations.length +
      writes.placements.length >
    0;
  return { rows, counts, errors, writes, changes };
}

/** A reference to a row in error, or to nothing: its problem; null when it resolved. */
function referenceProblem<T>(resolved: Resolved<T>, column: string, reference: string): RosterProblem | null {
  if (resolved === null) return problem(column, 'UNKNOWN_REFERENCE', { reference: reference.slice(0, 60) });
  if ('inError' in resolved)
    return problem(column, 'REFERENCED_ROW_IN_ERROR', {
      reference: reference.slice(0, 60),
      file: resolved.inError.file,
      line: resolved.inError.line,
    });
  return null;
}

/** Every organisation code the bundle names (org and class codes, and sourcedIds that may name existing ones). */
export function codesNamed(bundle: OneRosterBundle): string[] {
  const codes = [
    ...bundle.orgs.flatMap((row) => [row.identifier || row.sourcedId]),
    ...bundle.classes.flatMap((row) => [row.classCode || row.sourcedId, row.schoolSourcedId]),
    ...bundle.users.flatMap((row) => row.orgSourcedIds),
    ...bundle.enrollments.map((row) => row.classSourcedId),
  ];
  return [...new Set(codes.filter(Boolean))];
}

/** Every login the bundle names. */
export function loginsNamed(bundle: OneRosterBundle): string[] {
  return [...new Set(bundle.users.map((row) => row.username).filter(Boolean))];
}

/** Most row results a payload lists (errors first, then the rest in file order); the counts cover every row. */
export const MAX_ROSTER_ROW_RESULTS = 1000;

/** Errors first, then the rest, each in file and line order; at most `max`. */
export function boundedRows(rows: readonly RosterRowResult[], max = MAX_ROSTER_ROW_RESULTS): RosterRowResult[] {
  const key = (row: RosterRowResult) =>
    (row.action === 'ERROR' ? 0 : 1) * 1e12 + FILES.indexOf(row.file) * 1e9 + row.line;
  return [...rows].sort((a, b) => key(a) - key(b)).slice(0, max);
}
