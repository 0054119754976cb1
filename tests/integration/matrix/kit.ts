/**
 * The authorization matrix's kit: the viewers (one of each role in district A), the two districts' objects, and
 * helpers to run a row. Rows live in one file per module beside this one; authorization-matrix.test.ts merges them.
 */
import { expect } from 'vitest';
import type { AdHoc, TestApp } from '../../kit/app.js';
import type {
  DistrictWorld,
  EnrolmentRef,
  ProgrammeWorld,
  SchoolWorld,
  SelectionRef,
  UserRef,
} from '../../kit/world.js';

/**
 * `closed`: CLOSED, the school closed (结项) in the programme and the write was refused (closing-guard.test.ts; never
 * declared in a row: the matrix's tenants never close).
 */
export type Outcome = 'allowed' | 'missing' | 'forbidden' | 'closed';
export const VIEWERS = [
  'anonymous',
  'teacher',
  'tutor',
  'leader',
  'schoolAdmin',
  'districtAdmin',
  'expert',
  'syncClient',
  'provinceAdmin',
] as const;
export type Viewer = (typeof VIEWERS)[number];

/** One district's objects. */
export interface Tenant {
  d: DistrictWorld;
  s: SchoolWorld;
  p: ProgrammeWorld;
  enrolment: EnrolmentRef;
  selection: SelectionRef;
  expert: UserRef;
  syncClient: UserRef;
  /** Objects a module's rows file prepares for its rows (its `prepare`), keyed by the module. */
  extra: Record<string, unknown>;
}

/** A module's rows with the objects they need: `prepare` runs once per tenant before any row and fills `target.extra`. */
export interface RowsModule {
  rows: Record<string, Row>;
  prepare?: (target: Tenant) => Promise<void>;
}

export interface Row {
  /** Runs the operation about `target`'s objects as `as` (null: anonymous) and reads its outcome. */
  run: (target: Tenant, as: UserRef | null) => Promise<Outcome>;
  /** The outcome of each viewer in their own district; a viewer left out gets `missing`. */
  own: Partial<Record<Viewer, Outcome>>;
  /** The same for another district's objects; `missing` for everyone unless given (public data). */
  other?: Partial<Record<Viewer, Outcome>>;
  /**
   * The operation is open to sync clients (its root field's `extensions.clients`): the declared syncClient outcomes
   * hold. Every other row is refused to a sync client before it runs (CLIENT_OPERATION_REFUSED: `forbidden` in both
   * districts), whatever it declares.
   */
  clients?: true;
}

/** A sync client's operation refused by the root-field gate (schema/shared/authz/client-gate.ts). */
export class ClientGateRefusal extends Error {}

const GATE_CODE = 'CLIENT_OPERATION_REFUSED';

/** The test app whose every request throws ClientGateRefusal when the root-field gate refused it. */
export function withClientGate(t: TestApp): TestApp {
  const check = <R extends { errors?: Array<{ extensions?: Record<string, unknown> }> }>(response: R): R => {
    if (response.errors?.some((error) => error.extensions?.code === GATE_CODE)) throw new ClientGateRefusal();
    return response;
  };
  const rethrow = (error: unknown): never => {
    if (error instanceof Error && error.message.includes(GATE_CODE)) throw new ClientGateRefusal();
    throw error;
  };
  return {
    ...t,
    gql: async (...args) => check(await t.gql(...args)),
    request: async (...args) => check(await t.request(...args)),
    upload: async (...args) => check(await t.upload(...args)),
    data: (...args) => t.data(...args).catch(rethrow),
    mutate: (...args) => t.mutate(...args).catch(rethrow),
  } as TestApp;
}

/** The app and both districts, set by the matrix test before any row runs. */
export const matrix = {} as { t: TestApp; A: Tenant; B: Tenant; catalogueGid: string };

const TIANCHANG = { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true };

export async function tenant(): Promise<Tenant> {
  const t = matrix.t;
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ status: 'RUNNING', rules: { selection: TIANCHANG }, schools: [s] });
  await p.range(s, ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5']);
  const enrolment = await p.teacher(s);
  const selection = await p.select(enrolment, ['A7', 'B3', 'B1', 'B6'], 'SUBMITTED');
  const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
  const syncClient = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
  await t.db.prisma.user.update({
    where: { id: enrolment.teacher.id },
    data: { nationalIdMasked: '440402********1234', nationalIdHash: `hash-${enrolment.teacher.id}` },
  });
  // A plan on file, so `schoolPlan` has something to show.
  const file = await t.db.prisma.storedFile.create({
    data: {
      storageKey: `${s.school.id.replaceAll('-', '')}`.slice(0, 32),
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      orgPath: s.school.path,
      uploadedById: s.admin.id,
    },
  });
  await t.db.prisma.schoolPlan.create({
    data: {
      programmeId: p.id,
      schoolId: s.school.id,
      orgPath: s.school.path,
      fileId: file.id,
      uploadedById: s.admin.id,
    },
  });
  return { d, s, p, enrolment, selection, expert, syncClient, extra: {} };
}

/** The viewer of a role in district A. */
export function viewer(name: Viewer): UserRef | null {
  return viewerIn(matrix.A, name);
}

/** The viewer of a role in a tenant's district (its teacher, its school's staff, its district's admins). */
export function viewerIn(A: Tenant, name: Viewer): UserRef | null {
  switch (name) {
    case 'anonymous':
      return null;
    case 'teacher':
      return A.enrolment.teacher;
    case 'tutor':
      return A.s.tutor;
    case 'leader':
      return A.s.leader;
    case 'schoolAdmin':
      return A.s.admin;
    case 'districtAdmin':
      return A.d.admin;
    case 'expert':
      return A.expert;
    case 'syncClient':
      return A.syncClient;
    case 'provinceAdmin':
      return A.d.provinceAdmin;
  }
}

/** Sends an ad-hoc operation and returns its root field's value (failing on GraphQL errors). */
export async function ask(query: string, variables: Record<string, unknown>, as: UserRef | null): Promise<AdHoc> {
  const res = await matrix.t.gql(query, variables, { as });
  expect(res.errors, query).toBeUndefined();
  return Object.values(res.data as Record<string, unknown>)[0];
}

/** A mutation's outcome from its result type. */
export function mutationOutcome(result: { __typename: string }): Outcome {
  if (result.__typename === 'NotFoundError') return 'missing';
  if (result.__typename === 'ForbiddenActionError') return 'forbidden';
  if (result.__typename === 'ClosedError') return 'closed';
  return 'allowed';
}

export async function mutate(field: string, inputType: string, input: Record<string, unknown>, as: UserRef | null) {
  const query = `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;
  return mutationOutcome(await ask(query, { input }, as));
}

/** Whether a list contains the node with this global ID. */
export const lists = (nodes: Array<{ id: string }> | undefined | null, id: string): Outcome =>
  nodes?.some((node) => node.id === id) ? 'allowed' : 'missing';
export const present = (value: unknown): Outcome => (value === null || value === undefined ? 'missing' : 'allowed');

export const TOO_LONG = 'x'.repeat(5000);
export const everyone = (outcome: Outcome) =>
  Object.fromEntries(VIEWERS.map((v) => [v, outcome])) as Record<Viewer, Outcome>;
export const signedIn = { ...everyone('allowed'), anonymous: 'missing' as Outcome };
/** Roles that see every enrolment and selection of their subtree, and the tutor of the teacher's class. */
export const ENROLMENT_READERS: Partial<Record<Viewer, Outcome>> = {
  provinceAdmin: 'allowed',
  teacher: 'allowed',
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
};
/** Whoever sees the school itself. */
export const SCHOOL_VIEWERS: Partial<Record<Viewer, Outcome>> = {
  provinceAdmin: 'allowed',
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
};
/** Everyone in the district sees its programmes (a district's programmes are read by its schools' staff too). */
export const DISTRICT_MEMBERS: Partial<Record<Viewer, Outcome>> = { ...signedIn, anonymous: 'missing' };
/**
 * An action on an object `readers` see, allowed to `actors` only: the other readers are refused, the rest find
 * nothing (a denied object looks missing).
 */
export const actionOf = (
  readers: Partial<Record<Viewer, Outcome>>,
  ...actors: Viewer[]
): Partial<Record<Viewer, Outcome>> =>
  Object.fromEntries(Object.keys(readers).map((v) => [v, actors.includes(v as Viewer) ? 'allowed' : 'forbidden']));
/** A school-level action only the school admin may take. */
export const SCHOOL_ADMIN_ACTION = actionOf(SCHOOL_VIEWERS, 'schoolAdmin');
/** A programme change only the district admin may make: everyone in the district sees the programme. */
export const DISTRICT_ADMIN_ACTION: Partial<Record<Viewer, Outcome>> = {
  ...Object.fromEntries(VIEWERS.map((v) => [v, 'forbidden'])),
  anonymous: 'missing',
  districtAdmin: 'allowed',
};
