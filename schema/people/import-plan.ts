/**
 * How the rows of a people file become users, role grants and sign-on identities. Pure: the caller loads what
 * exists (the rows' users, the organisations the rows name, who holds the rows' national ID numbers and
 * identities), this decides each row's outcome and the writes, which are applied only when no row failed.
 */
import type { OrganisationKind, Role, SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { ACTIONS } from '../shared/index.js';
import { checkNationalId } from '../users/index.js';
import { roleGrantMessage } from './messages.js';
import {
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_EMPLOYEE_NUMBER_LENGTH,
  MAX_IDENTITY_LENGTH,
  MAX_LOGIN_LENGTH,
  MAX_SUBJECT_LENGTH,
  type PersonDetails,
  type PersonField,
  PHONE_DIGITS,
  personFields,
  stageNamed,
} from './person-fields.js';
import { type GrantorAssignment, grantorLevelOver, ROLE_PLACES, roleGrantProblem } from './role-rules.js';

/** One person as given in a file: every cell as text (untrimmed), blank when not given. */
export interface PersonRow {
  /** Spreadsheet row number (1-based; the header is a row). */
  row: number;
  login: string;
  name: string;
  phone: string;
  email: string;
  subject: string;
  stage: string;
  employeeNumber: string;
  nationalId: string;
  /** Roles separated by ";": `TEACHER` (on the import's organisation) or `CLASS_TUTOR@<organisation code>`. */
  roles: string;
  /** Codes of classes or groups the person joins as a member (TEACHER), separated by ";". */
  units: string;
  identityIssuer: string;
  identitySubject: string;
}

export type PersonRowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'ERROR';

export type PersonRowErrorCode =
  | 'MISSING_FIELD'
  | 'INVALID_VALUE'
  | 'FORMULA_LIKE_VALUE'
  | 'INVALID_NATIONAL_ID'
  | 'DUPLICATE_ROW'
  | 'LOGIN_TAKEN'
  | 'NATIONAL_ID_TAKEN'
  | 'IDENTITY_TAKEN'
  | 'IDENTITY_BEYOND_SCOPE'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_ORGANISATION'
  | 'ROLE_NOT_GRANTABLE';

/** What an UPDATED row changes for an existing person. */
export type PersonChange =
  | 'NAME'
  | 'EMAIL'
  | 'PHONE'
  | 'SUBJECT'
  | 'STAGE'
  | 'EMPLOYEE_NUMBER'
  | 'NATIONAL_ID'
  | 'ROLES'
  | 'IDENTITY';

/** A row's message: a catalogue key and its numbers, worded in the request's language by the caller. */
export interface RowMessage {
  key: string;
  params: Record<string, string | number>;
}

export interface PlannedPersonRow {
  row: number;
  login: string;
  outcome: PersonRowOutcome;
  code: PersonRowErrorCode | null;
  /** Why the row failed, or what changed; null for a CREATED or UNCHANGED row. */
  message: RowMessage | null;
  changes: PersonChange[];
}

/** A user the rows name by login, with what the plan compares. */
export interface ExistingPerson extends PersonDetails {
  id: string;
  login: string;
  /** Path of their home organisation. */
  orgPath: string;
  /** Their role assignments, with the path of the organisation each is held on. */
  roles: ReadonlyArray<{ role: Role; organisationId: string; orgPath: string }>;
  identities: ReadonlyArray<{ issuer: string; subject: string }>;
}

export interface PlanOrganisation {
  id: string;
  code: string;
  kind: OrganisationKind;
  path: string;
}

export interface PeoplePlanContext {
  /** The organisation imported into: new people's home; roles without a code are held on it. */
  organisation: PlanOrganisation;
  /** Organisations at or below it whose code some row names. */
  organisations: readonly PlanOrganisation[];
  /** The importer's role assignments (who may grant what). */
  grantor: readonly GrantorAssignment[];
  /** Users whose login is one of the rows'. */
  users: readonly ExistingPerson[];
  /** Users holding one of the rows' national ID hashes. */
  nationalIdHolders: ReadonlyArray<{ id: string; nationalIdHash: string | null }>;
  /** Users holding one of the rows' identities. */
  identityHolders: ReadonlyArray<{ userId: string; issuer: string; subject: string }>;
  /** Keyed hash and masked form of a normalized national ID number. */
  protect: (normalized: string) => { nationalIdHash: string; nationalIdMasked: string };
  today: Date;
}

export interface PlannedGrant {
  /** The person's login (a new person has no id yet) and id, if they exist. */
  login: string;
  userId: string | null;
  role: Role;
  organisationId: string;
  orgPath: string;
}

export interface PlannedIdentity {
  login: string;
  userId: string | null;
  issuer: string;
  subject: string;
}

export interface PeopleWrites {
  /** Accounts to create (home: the import's organisation). */
  newUsers: Array<PersonDetails & { login: string }>;
  /** Existing accounts whose details change: their complete new details. */
  userUpdates: Array<PersonDetails & { id: string }>;
  /** Role assignments to add (none a person already holds). */
  grants: PlannedGrant[];
  /** Identities to link. */
  identities: PlannedIdentity[];
}

export interface PeoplePlan {
  rows: PlannedPersonRow[];
  writes: PeopleWrites;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
}

/** Separators of the roles and units cells: ";" (also full-width), "," or a line break. */
const LIST_SEPARATOR = /[;；,，\n]+/;

/** The non-blank items of a roles or units cell. */
const listCell = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);

/** The roles a row's roles cell names: `ROLE` (on the import's organisation) or `ROLE@<organisation code>`. */
function roleTokens(row: Pick<PersonRow, 'roles'>): Array<{ text: string; role: string; code: string | null }> {
  return listCell(row.roles).map((text) => {
    const at = text.indexOf('@');
    return {
      text,
      role: (at < 0 ? text : text.slice(0, at)).trim().toUpperCase(),
      code: at < 0 ? null : text.slice(at + 1).trim(),
    };
  });
}

/** Every organisation code the rows name (in roles after "@", and in the class and group cells): what to look up. */
export function organisationCodesNamed(rows: readonly PersonRow[]): string[] {
  const codes = rows.flatMap((row) => [
    ...roleTokens(row).flatMap((token) => (token.code ? [token.code] : [])),
    ...listCell(row.units),
  ]);
  return [...new Set(codes)];
}

/** The free-text cells and the field each is checked as (formula-like values refused as given, before trimming). */
const TEXT_CELLS = [
  ['login', 'login'],
  ['name', 'displayName'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['subject', 'teachingSubject'],
  ['employeeNumber', 'employeeNumber'],
  ['identityIssuer', 'identityIssuer'],
  ['identitySubject', 'identitySubject'],
] as const satisfies ReadonlyArray<readonly [keyof PersonRow, PersonField]>;

/** Numbers the wording of each field's INVALID_VALUE message names. */
const FIELD_LIMITS: Partial<Record<PersonField, Record<string, number>>> = {
  login: { max: MAX_LOGIN_LENGTH },
  displayName: { max: MAX_DISPLAY_NAME_LENGTH },
  email: { max: MAX_EMAIL_LENGTH },
  phone: { ...PHONE_DIGITS },
  teachingSubject: { max: MAX_SUBJECT_LENGTH },
  employeeNumber: { max: MAX_EMPLOYEE_NUMBER_LENGTH },
  identityIssuer: { max: MAX_IDENTITY_LENGTH },
  identitySubject: { max: MAX_IDENTITY_LENGTH },
};

type Failure = { error: PersonRowErrorCode; message: RowMessage };

const fail = (error: PersonRowErrorCode, key: string, params: RowMessage['params'] = {}): Failure => ({
  error,
  message: { key, params },
});

const isFailure = (value: unknown): value is Failure => typeof value === 'object' && value !== null && 'error' in value;

/** A non-blank cell checked as `field`: its stored value, or the row's failure. */
function checkField(field: PersonField, cell: string): string | Failure {
  const parsed = personFields[field].safeParse(cell);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.some((issue) => issue.message === 'VALIDATION.formulaLike'))
    return fail('FORMULA_LIKE_VALUE', 'PEOPLE_ROW.formulaLike', { field });
  return fail('INVALID_VALUE', `PEOPLE_ROW.invalid.${field}`, {
    ...FIELD_LIMITS[field],
    value: cell.trim().slice(0, 60),
  });
}

interface Decided {
  login: string;
  outcome: Exclude<PersonRowOutcome, 'ERROR'>;
  changes: PersonChange[];
  newUser: (PersonDetails & { login: string }) | null;
  update: (PersonDetails & { id: string }) | null;
  grants: PlannedGrant[];
  identity: PlannedIdentity | null;
}

/**
 * Decides every row: CREATED (a new account, home the import's organisation), UPDATED (an existing person of the
 * organisation or below whose details change, who gains a role or an identity), UNCHANGED, or ERROR with a code.
 * Blank cells leave what is stored; roles are only ever added. The writes are meant to be applied only when no
 * row failed.
 */
/** True when the importer manages the people of the organisation at `path` (action people:manage). */
function managesPeopleAt(grantor: readonly GrantorAssignment[], path: string): boolean {
  const managers: readonly Role[] = ACTIONS['people:manage'].roles;
  return grantor.some((assignment) => managers.includes(assignment.role) && path.startsWith(assignment.orgPath));
}

export function planPeople(rows: readonly PersonRow[], context: PeoplePlanContext): PeoplePlan {
  const usersByLogin = new Map(context.users.map((user) => [user.login, user]));
  const nationalIdHolders = new Map(context.nationalIdHolders.map((holder) => [holder.nationalIdHash, holder.id]));
  const identityKey = (issuer: string, subject: string) => JSON.stringify([issuer, subject]);
  const identityHolders = new Map(
    context.identityHolders.map((holder) => [identityKey(holder.issuer, holder.subject), holder.userId]),
  );
  const organisationsByCode = new Map(context.organisations.map((organisation) => [organisation.code, organisation]));
  const seenLogins = new Map<string, number>();
  const seenNationalIds = new Map<string, number>();
  const seenIdentities = new Map<string, number>();

  /** The grants a row's roles and units cells ask for, or its failure. */
  const grantsOf = (input: PersonRow): Array<{ role: Role; organisation: PlanOrganisation }> | Failure => {
    const wanted: Array<{ role: Role; organisation: PlanOrganisation }> = [];
    for (const token of roleTokens(input)) {
      if (!Object.hasOwn(ROLE_PLACES, token.role))
        return fail('UNKNOWN_ROLE', 'PEOPLE_ROW.unknownRole', { role: token.text.slice(0, 60) });
      const organisation = token.code === null ? context.organisation : organisationsByCode.get(token.code);
      if (!organisation)
        return fail('UNKNOWN_ORGANISATION', 'PEOPLE_ROW.unknownOrganisation', {
          code: (token.code ?? '').slice(0, 60),
        });
      wanted.push({ role: token.role as Role, organisation });
    }
    for (const code of listCell(input.units)) {
      const unit = organisationsByCode.get(code);
      if (!unit) return fail('UNKNOWN_ORGANISATION', 'PEOPLE_ROW.unknownOrganisation', { code: code.slice(0, 60) });
      if (unit.kind !== 'CLASS' && unit.kind !== 'GROUP')
        return fail('INVALID_VALUE', 'PEOPLE_ROW.notAUnit', { code: code.slice(0, 60) });
      wanted.push({ role: 'TEACHER', organisation: unit });
    }
    for (const grant of wanted) {
      const problem = roleGrantProblem(grant, context.grantor);
      if (problem) {
        const level = grantorLevelOver(context.grantor, grant.organisation.path);
        const { key, params } = roleGrantMessage(problem, grant.role, grant.organisation.kind, level);
        return fail('ROLE_NOT_GRANTABLE', key, params);
      }
    }
    const unique = new Map(wanted.map((grant) => [`${grant.role}@${grant.organisation.id}`, grant]));
    return [...unique.values()];
  };

  const decide = (input: PersonRow): Decided | Failure => {
    const login = input.login.trim();
    if (!login) return fail('MISSING_FIELD', 'PEOPLE_ROW.missingLogin');
    const values = new Map<PersonField, string>();
    for (const [cell, field] of TEXT_CELLS) {
      if (!input[cell].trim()) continue;
      const checked = checkField(field, input[cell]);
      if (isFailure(checked)) return checked;
      values.set(field, checked);
    }
    let stage: SchoolStage | null = null;
    if (input.stage.trim()) {
      stage = stageNamed(input.stage);
      if (!stage) return fail('INVALID_VALUE', 'PEOPLE_ROW.invalid.stage', { value: input.stage.trim().slice(0, 60) });
    }
    let nationalId: { nationalIdHash: string; nationalIdMasked: string } | null = null;
    if (input.nationalId.trim()) {
      const check = checkNationalId(input.nationalId, context.today);
      if (!check.valid)
        return fail('INVALID_NATIONAL_ID', `NATIONAL_ID.${check.problem}`, { birthDate: check.birthDate ?? '' });
      nationalId = context.protect(check.normalized);
    }
    const issuer = values.get('identityIssuer') ?? null;
    const subject = values.get('identitySubject') ?? null;
    if ((issuer === null) !== (subject === null)) return fail('INVALID_VALUE', 'PEOPLE_ROW.identityHalf');
    const wanted = grantsOf(input);
    if (isFailure(wanted)) return wanted;

    const firstRow = seenLogins.get(login);
    if (firstRow !== undefined) return fail('DUPLICATE_ROW', 'PEOPLE_ROW.duplicateLogin', { login, row: firstRow });
    seenLogins.set(login, input.row);
    if (nationalId) {
      const sameId = seenNationalIds.get(nationalId.nationalIdHash);
      if (sameId !== undefined) return fail('DUPLICATE_ROW', 'PEOPLE_ROW.duplicateNationalId', { row: sameId });
      seenNationalIds.set(nationalId.nationalIdHash, input.row);
    }
    const identity = issuer !== null && subject !== null ? identityKey(issuer, subject) : null;
    if (identity) {
      const sameIdentity = seenIdentities.get(identity);
      if (sameIdentity !== undefined)
        return fail('DUPLICATE_ROW', 'PEOPLE_ROW.duplicateIdentity', { row: sameIdentity });
      seenIdentities.set(identity, input.row);
    }

    const user = usersByLogin.get(login) ?? null;
    if (user && !user.orgPath.startsWith(context.organisation.path))
      return fail('LOGIN_TAKEN', 'PEOPLE_ROW.loginTaken', { login });
    if (nationalId) {
      const holder = nationalIdHolders.get(nationalId.nationalIdHash);
      if (holder !== undefined && holder !== user?.id) return fail('NATIONAL_ID_TAKEN', 'PEOPLE_ROW.nationalIdTaken');
    }
    if (identity) {
      const holder = identityHolders.get(identity);
      if (holder !== undefined && holder !== user?.id)
        return fail('IDENTITY_TAKEN', 'PEOPLE_ROW.identityTaken', { issuer: issuer ?? '', subject: subject ?? '' });
      // Whoever holds a sign-on acts with every role of the person: a new link is for admins over all of them.
      if (holder === undefined && user?.roles.some((role) => !managesPeopleAt(context.grantor, role.orgPath)))
        return fail('IDENTITY_BEYOND_SCOPE', 'PEOPLE_ROW.identityBeyondScope', { login });
    }

    const given = {
      email: values.get('email') ?? null,
      phone: values.get('phone') ?? null,
      teachingSubject: values.get('teachingSubject') ?? null,
      stage,
      employeeNumber: values.get('employeeNumber') ?? null,
    };
    const name = values.get('displayName') ?? null;
    if (!user) {
      if (name === null) return fail('MISSING_FIELD', 'PEOPLE_ROW.missingName');
      return {
        login,
        outcome: 'CREATED',
        changes: [],
        newUser: {
          login,
          displayName: name,
          ...given,
          nationalIdHash: nationalId?.nationalIdHash ?? null,
          nationalIdMasked: nationalId?.nationalIdMasked ?? null,
        },
        update: null,
        grants: wanted.map(({ role, organisation }) => ({
          login,
          userId: null,
          role,
          organisationId: organisation.id,
          orgPath: organisation.path,
        })),
        identity: issuer !== null && subject !== null ? { login, userId: null, issuer, subject } : null,
      };
    }

    const next: PersonDetails = {
      displayName: name ?? user.displayName,
      email: given.email ?? user.email,
      phone: given.phone ?? user.phone,
      teachingSubject: given.teachingSubject ?? user.teachingSubject,
      stage: given.stage ?? user.stage,
      employeeNumber: given.employeeNumber ?? user.employeeNumber,
      nationalIdHash: nationalId?.nationalIdHash ?? user.nationalIdHash,
      nationalIdMasked: nationalId?.nationalIdMasked ?? user.nationalIdMasked,
    };
    const changes: PersonChange[] = [];
    if (next.displayName !== user.displayName) changes.push('NAME');
    if (next.email !== user.email) changes.push('EMAIL');
    if (next.phone !== user.phone) changes.push('PHONE');
    if (next.teachingSubject !== user.teachingSubject) changes.push('SUBJECT');
    if (next.stage !== user.stage) changes.push('STAGE');
    if (next.employeeNumber !== user.employeeNumber) changes.push('EMPLOYEE_NUMBER');
    if (next.nationalIdHash !== user.nationalIdHash) changes.push('NATIONAL_ID');
    const detailsChange = changes.length > 0;
    const held = new Set(user.roles.map((assignment) => `${assignment.role}@${assignment.organisationId}`));
    const grants = wanted
      .filter(({ role, organisation }) => !held.has(`${role}@${organisation.id}`))
      .map(({ role, organisation }) => ({
        login,
        userId: user.id,
        role,
        organisationId: organisation.id,
        orgPath: organisation.path,
      }));
    if (grants.length) changes.push('ROLES');
    const linked =
      issuer === null ||
      subject === null ||
      user.identities.some((known) => known.issuer === issuer && known.subject === subject);
    if (!linked) changes.push('IDENTITY');
    return {
      login,
      outcome: changes.length ? 'UPDATED' : 'UNCHANGED',
      changes,
      newUser: null,
      update: detailsChange ? { id: user.id, ...next } : null,
      grants,
      identity: !linked && issuer !== null && subject !== null ? { login, userId: user.id, issuer, subject } : null,
    };
  };

  const decided = rows.map((row) => ({ row, result: decide(row) }));
  const planned: PlannedPersonRow[] = decided.map(({ row, result }) =>
    isFailure(result)
      ? {
          row: row.row,
          login: row.login.trim(),
          outcome: 'ERROR',
          code: result.error,
          message: result.message,
          changes: [],
        }
      : {
          row: row.row,
          login: result.login,
          outcome: result.outcome,
          code: null,
          message: result.changes.length ? { key: 'PEOPLE_ROW.changed', params: {} } : null,
          changes: result.changes,
        },
  );

  const writes: PeopleWrites = { newUsers: [], userUpdates: [], grants: [], identities: [] };
  for (const { result } of decided) {
    if (isFailure(result)) continue;
    if (result.newUser) writes.newUsers.push(result.newUser);
    if (result.update) writes.userUpdates.push(result.update);
    writes.grants.push(...result.grants);
    if (result.identity) writes.identities.push(result.identity);
  }
  const count = (outcome: PersonRowOutcome) => planned.filter((row) => row.outcome === outcome).length;
  return {
    rows: planned,
    writes,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    errors: count('ERROR'),
  };
}
