/**
 * `previewRulesChange`: what a proposed change of a programme's rules (pass mark, item minimums, hour rules, completion
 * threshold and population, excellent quota) would do to its teachers and schools, computed from the programme's
 * current data in one pass and saved nowhere.
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import {
  CompletionPopulation,
  HoursCountFrom,
  Programme,
  ProgrammeRulesType,
  type ProgrammeRules as ProgrammeRulesValue,
  parseProgrammeRules,
  rulesInputSchema,
} from '../programmes/index.js';
import { ScoreVerdict, studyEndedAt } from '../scoring/index.js';
import { NotFoundError, parseInput, problem } from '../shared/index.js';
import { previewRulesChangeErrors } from './errors.js';
import {
  type Crossing,
  cursorOf,
  enrolmentOfCursor,
  mergeProposal,
  proposalPath,
  type RulesProposal,
  type TeacherOutcome,
} from './rules.js';
import { type ClassPreview, type DistrictTally, type PreviewResult, previewOf, type SchoolPreview } from './stream.js';

/** Largest page of changed teachers, and the page when none is asked for. */
const MAX_CHANGED_PAGE = 100;
const DEFAULT_CHANGED_PAGE = 20;

// ── Input ───────────────────────────────────────────────────────────────────────────────────────────────────────────

const ItemMinimumInput = builder.inputType('RulesPreviewItemMinimumInput', {
  description:
    'A new minimum of one scoring item, named by its key. Give only the fields of the item’s kind; an omitted field stays as it is.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The item’s key (`ScoringItem.key`).' }),
    minPoints: t.float({
      required: false,
      description: 'PER_UNIT and MARK_WEIGHT: the least points that complete the item (0 to 1000; at most maxPoints).',
    }),
    minHours: t.float({ required: false, description: 'GROUP_HOURS: the least recorded hours (0 to 1000).' }),
    requiredMinutes: t.int({
      required: false,
      description: 'WATCH_MINUTES: the minutes that earn the item’s points and complete it (1 to 100000).',
    }),
    requiredCourseMinutes: t.int({
      required: false,
      description: 'WATCH_MINUTES: how many of them must be in required courses (0 to requiredMinutes).',
    }),
  }),
});

const HoursProposalInput = builder.inputType('RulesPreviewHoursInput', {
  description:
    'Changes to the hour rules (学时): an omitted field stays as it is; null removes a minimum. A programme without hour rules needs onlineHours.',
  fields: (t) => ({
    onlineHours: t.float({ required: false, description: 'Hours credited when online study passes (0 to 1000).' }),
    minTotal: t.float({ required: false, description: 'Least hours in all (0 to 1000); null: no minimum.' }),
    minOnline: t.float({ required: false, description: 'Least online hours (0 to 1000); null: no minimum.' }),
    minOffline: t.float({ required: false, description: 'Least offline hours (0 to 1000); null: no minimum.' }),
    minOfflineShare: t.float({
      required: false,
      description: 'Least share of offline hours in all (greater than 0, at most 1); null: none.',
    }),
    countFrom: t.field({
      type: HoursCountFrom,
      required: false,
      description: 'The least confirmation an entry needs to count.',
    }),
  }),
});

const RulesProposalInput = builder.inputType('RulesProposalInput', {
  description:
    'A proposed change of a programme’s rules. Everything omitted (or null) stays as the programme has it; the merged rules are ' +
    'validated exactly as updateProgramme validates rules.',
  fields: (t) => ({
    passThreshold: t.float({
      required: false,
      description: 'The scoring scheme’s pass mark (least total; 0 to 10000).',
    }),
    itemMinimums: t.field({
      type: [ItemMinimumInput],
      required: false,
      description: 'New minimums of scoring items, by item key (each key once; at most 20).',
    }),
    hours: t.field({ type: HoursProposalInput, required: false, description: 'Changes to the hour rules.' }),
    completionThreshold: t.float({
      required: false,
      description: 'Least share (greater than 0, at most 1) of a school’s population that must qualify to close.',
    }),
    completionPopulation: t.field({
      type: CompletionPopulation,
      required: false,
      description: 'Whom the school’s qualified rate counts.',
    }),
    excellentQuotaRate: t.float({
      required: false,
      description: 'Share (0 to 1) of a class’s enrolled teachers who may be excellent trainees (优秀学员).',
    }),
  }),
});

// ── Output ──────────────────────────────────────────────────────────────────────────────────────────────────────────

const RulesPreviewCrossing = builder.enumType('RulesPreviewCrossing', {
  description: 'Whether a school crosses the completion threshold under the proposal.',
  values: {
    UP: { description: 'Not eligible to close now, eligible under the proposal.' },
    DOWN: { description: 'Eligible to close now, not under the proposal.' },
    NONE: { description: 'The same either way.' },
  } as const satisfies Record<Crossing, object>,
});

type CompletionShape = SchoolPreview['completion']['now'];

const RulesPreviewCompletion = builder.objectRef<CompletionShape>('RulesPreviewCompletion').implement({
  description: 'A school’s qualified rate against a completion threshold (整校推进).',
  fields: (t) => ({
    rate: t.exposeFloat('rate', { description: 'Qualified teachers / the population (0 to 1, 4 decimals).' }),
    denominator: t.exposeInt('denominator', {
      description:
        'The population: enrolled teachers, or full-time teachers when the rule says so and the count is known.',
    }),
    needed: t.exposeInt('needed', { description: 'Least qualified teachers that reach the threshold.' }),
    threshold: t.exposeFloat('threshold', { description: 'The threshold (a share, 0 to 1).' }),
    eligible: t.exposeBoolean('eligible', { description: 'True when the school may apply to close (结项).' }),
  }),
});

const RulesPreviewClass = builder.objectRef<ClassPreview>('RulesPreviewClass').implement({
  description:
    'A class’s excellent-trainee places (优秀学员) now and under the proposal: quota rate × enrolled, rounded down.',
  fields: (t) => ({
    classId: t.globalID({
      description: 'The class (an Organisation global ID).',
      resolve: (row) => ({ type: 'Organisation', id: row.classId }),
    }),
    name: t.exposeString('name', { description: 'The class’s name.' }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers of the class enrolled in the programme.' }),
    placesNow: t.exposeInt('placesNow', { description: 'Places under the current quota rate.' }),
    placesProposed: t.exposeInt('placesProposed', { description: 'Places under the proposed quota rate.' }),
    taken: t.exposeInt('taken', { description: 'Nominations taking a place now (NOMINATED or CONFIRMED).' }),
    overProposed: t.exposeInt('overProposed', {
      description: 'Nominations beyond the proposed places (0 when they fit).',
    }),
  }),
});

const RulesPreviewTotals = builder.objectRef<DistrictTally>('RulesPreviewTotals').implement({
  description:
    'The preview’s totals: the district’s (or the one school’s) teachers and schools, now and under the proposal.',
  fields: (t) => ({
    teachers: t.exposeInt('teachers', { description: 'Enrolled teachers.' }),
    passedNow: t.exposeInt('passedNow', { description: 'Teachers whose score verdict is PASSED now.' }),
    passedProposed: t.exposeInt('passedProposed', { description: 'Teachers who would be PASSED under the proposal.' }),
    qualifiedNow: t.exposeInt('qualifiedNow', { description: 'Teachers qualified (合格) now.' }),
    qualifiedProposed: t.exposeInt('qualifiedProposed', { description: 'Teachers qualified under the proposal.' }),
    changed: t.exposeInt('changed', {
      description: 'Teachers whose score verdict or qualification would change.',
    }),
    schools: t.exposeInt('schools', { description: 'Schools of the programme’s batches (or the one asked).' }),
    eligibleNow: t.exposeInt('eligibleNow', { description: 'Schools eligible to close (结项) now.' }),
    eligibleProposed: t.exposeInt('eligibleProposed', { description: 'Schools eligible under the proposal.' }),
    crossingUp: t.exposeInt('crossingUp', { description: 'Schools that would become eligible.' }),
    crossingDown: t.exposeInt('crossingDown', { description: 'Schools that would stop being eligible.' }),
    excellentPlacesNow: t.exposeInt('excellentPlacesNow', {
      description: 'Excellent-trainee places of all classes now.',
    }),
    excellentPlacesProposed: t.exposeInt('excellentPlacesProposed', {
      description: 'Excellent-trainee places under the proposal.',
    }),
  }),
});

const RulesPreviewSchool = builder.objectRef<SchoolPreview>('RulesPreviewSchool').implement({
  description: 'One school of the programme now and under the proposal.',
  fields: (t) => ({
    schoolId: t.globalID({
      description: 'The school (an Organisation global ID).',
      resolve: (row) => ({ type: 'Organisation', id: row.schoolId }),
    }),
    name: t.exposeString('name', { description: 'The school’s name.' }),
    code: t.exposeString('code', { description: 'The school’s code.' }),
    fullTimeTeachers: t.exposeInt('fullTimeTeachers', {
      nullable: true,
      description: 'The school’s full-time teachers (专任教师), the FULL_TIME population; null when unknown.',
    }),
    teachers: t.exposeInt('teachers', { description: 'Enrolled teachers.' }),
    passedNow: t.exposeInt('passedNow', { description: 'Teachers whose score verdict is PASSED now.' }),
    passedProposed: t.exposeInt('passedProposed', { description: 'Teachers who would be PASSED under the proposal.' }),
    qualifiedNow: t.exposeInt('qualifiedNow', { description: 'Teachers qualified (合格) now.' }),
    qualifiedProposed: t.exposeInt('qualifiedProposed', { description: 'Teachers qualified under the proposal.' }),
    changed: t.exposeInt('changed', { description: 'Teachers whose score verdict or qualification would change.' }),
    completionNow: t.field({
      type: RulesPreviewCompletion,
      description: 'The qualified rate against the current threshold.',
      resolve: (row) => row.completion.now,
    }),
    completionProposed: t.field({
      type: RulesPreviewCompletion,
      description: 'The qualified rate under the proposal, against the proposed threshold.',
      resolve: (row) => row.completion.proposed,
    }),
    crossing: t.field({
      type: RulesPreviewCrossing,
      description: 'Whether the school crosses the completion threshold either way.',
      resolve: (row) => row.completion.crossing,
    }),
    excellentPlacesNow: t.exposeInt('excellentPlacesNow', {
      description: 'Excellent-trainee places of its classes now.',
    }),
    excellentPlacesProposed: t.exposeInt('excellentPlacesProposed', {
      description: 'Excellent-trainee places under the proposal.',
    }),
    classes: t.field({
      type: [RulesPreviewClass],
      description: 'The classes its enrolled teachers are in, by name.',
      resolve: (row) => row.classes,
    }),
  }),
});

const RulesPreviewTeacher = builder
  .objectRef<TeacherOutcome & { schoolName: string }>('RulesPreviewTeacher')
  .implement({
    description: 'A teacher whose score verdict or qualification would change under the proposal.',
    fields: (t) => ({
      enrolmentId: t.globalID({
        description: 'The enrolment (an Enrolment global ID).',
        resolve: (row) => ({ type: 'Enrolment', id: row.enrolmentId }),
      }),
      teacherId: t.globalID({
        description: 'The teacher (a User global ID).',
        resolve: (row) => ({ type: 'User', id: row.teacherId }),
      }),
      teacherName: t.exposeString('teacherName', { description: 'The teacher’s display name.' }),
      login: t.exposeString('login', { description: 'The teacher’s login.' }),
      schoolId: t.globalID({
        description: 'The teacher’s school (an Organisation global ID).',
        resolve: (row) => ({ type: 'Organisation', id: row.schoolId }),
      }),
      schoolName: t.exposeString('schoolName', { description: 'The school’s name.' }),
      scoreNow: t.float({
        nullable: true,
        description: 'The score’s total now (points); null when the programme scores nothing.',
        resolve: (row) => row.scoreNow?.total ?? null,
      }),
      scoreProposed: t.float({
        nullable: true,
        description: 'The total under the proposal (a WATCH_MINUTES item’s new minutes change its points).',
        resolve: (row) => row.scoreProposed?.total ?? null,
      }),
      verdictNow: t.field({
        type: ScoreVerdict,
        nullable: true,
        description: 'The score verdict now; null when the programme scores nothing.',
        resolve: (row) => row.scoreNow?.verdict ?? null,
      }),
      verdictProposed: t.field({
        type: ScoreVerdict,
        nullable: true,
        description: 'The score verdict under the proposal.',
        resolve: (row) => row.scoreProposed?.verdict ?? null,
      }),
      qualifiedNow: t.exposeBoolean('qualifiedNow', { description: 'Qualified (合格) now.' }),
      qualifiedProposed: t.exposeBoolean('qualifiedProposed', { description: 'Qualified under the proposal.' }),
    }),
  });

const RulesPreviewTeacherEdge = builder
  .objectRef<{ cursor: string; node: TeacherOutcome & { schoolName: string } }>('RulesPreviewTeacherEdge')
  .implement({
    description: 'A changed teacher and its cursor.',
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Pass it as `changedAfter` for the teachers after this one.' }),
      node: t.field({ type: RulesPreviewTeacher, resolve: (edge) => edge.node }),
    }),
  });

type ChangedShape = PreviewResult['changed'] & { schoolNames: Map<string, string> };

const RulesPreviewChangedTeachers = builder.objectRef<ChangedShape>('RulesPreviewChangedTeachers').implement({
  description:
    'A page of the teachers whose verdict would change, in enrolment order (connection-like: `changedFirst`, `changedAfter`).',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'All teachers whose verdict would change.' }),
    edges: t.field({
      type: [RulesPreviewTeacherEdge],
      description: 'The page with cursors.',
      resolve: (page) => withSchools(page).map((node) => ({ cursor: cursorFor(node), node })),
    }),
    nodes: t.field({ type: [RulesPreviewTeacher], description: 'The page.', resolve: (page) => withSchools(page) }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: 'Whether more changed teachers follow, and the cursors.',
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.startCursor,
        endCursor: page.endCursor,
      }),
    }),
  }),
});

interface PreviewShape {
  programmeId: string;
  schoolId: string | null;
  current: ProgrammeRulesValue;
  proposed: ProgrammeRulesValue;
  result: PreviewResult;
}

const RulesPreview = builder.objectRef<PreviewShape>('RulesPreview').implement({
  description:
    'What the proposed rules would do to the programme’s teachers and schools (or one school’s), computed now from the programme’s data. ' +
    'Nothing is saved.',
  fields: (t) => ({
    programmeId: t.globalID({
      description: 'The programme (a Programme global ID).',
      resolve: (preview) => ({ type: 'Programme', id: preview.programmeId }),
    }),
    schoolId: t.globalID({
      nullable: true,
      description: 'The one school asked about; null for the whole programme.',
      resolve: (preview) => (preview.schoolId ? { type: 'Organisation', id: preview.schoolId } : null),
    }),
    currentRules: t.field({
      type: ProgrammeRulesType,
      description: 'The programme’s rules now.',
      resolve: (preview) => preview.current,
    }),
    proposedRules: t.field({
      type: ProgrammeRulesType,
      description: 'The rules with the proposal applied (validated, not saved).',
      resolve: (preview) => preview.proposed,
    }),
    totals: t.field({
      type: RulesPreviewTotals,
      description: 'The district’s totals (the one school’s when `schoolId` was given).',
      resolve: (preview) => preview.result.totals,
    }),
    schools: t.field({
      type: [RulesPreviewSchool],
      description: 'Each school of the programme’s batches (or the one asked), by name.',
      resolve: (preview) => preview.result.schools,
    }),
    changedTeachers: t.field({
      type: RulesPreviewChangedTeachers,
      description: 'The teachers whose score verdict or qualification would change: a page of them.',
      resolve: (preview) => ({
        ...preview.result.changed,
        schoolNames: new Map(preview.result.schools.map((school) => [school.schoolId, school.name])),
      }),
    }),
  }),
});

function withSchools(page: ChangedShape) {
  return page.nodes.map((node) => ({ ...node, schoolName: page.schoolNames.get(node.schoolId) ?? '' }));
}

const cursorFor = (node: TeacherOutcome) => cursorOf(node.enrolmentId);

// ── The query ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Validates the page arguments; a bad one is a ValidationError naming it. */
function pageOf(first: number | null | undefined, after: string | null | undefined) {
  const size = first ?? DEFAULT_CHANGED_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_CHANGED_PAGE)
    throw new InputValidationError({
      issues: [
        problem(['changedFirst'], 'VALIDATION.rulesPreviewPageSize', { field: 'changedFirst', max: MAX_CHANGED_PAGE }),
      ],
    });
  if (after === null || after === undefined) return { first: size, after: null };
  const id = enrolmentOfCursor(after);
  if (!id)
    throw new InputValidationError({
      issues: [problem(['changedAfter'], 'VALIDATION.rulesPreviewCursor', { field: 'changedAfter' })],
    });
  return { first: size, after: id };
}

/** The proposal merged into the current rules and validated as a programme's rules; problems name the proposal's fields. */
function proposedRulesOf(current: ProgrammeRulesValue, proposal: RulesProposal): ProgrammeRulesValue {
  const { rules, problems } = mergeProposal(current, proposal);
  if (problems.length)
    throw new InputValidationError({ issues: problems.map((p) => problem(p.path, p.key, p.params)) });
  try {
    return parseInput(rulesInputSchema, rules) as ProgrammeRulesValue;
  } catch (error) {
    if (!(error instanceof InputValidationError)) throw error;
    const issues = (error.issues as unknown as Array<{ path: Array<string | number> }>).map((issue) => ({
      ...issue,
      path: proposalPath(issue.path.slice(1), current, proposal),
    }));
    throw new InputValidationError({ issues: issues as never });
  }
}

builder.queryField('previewRulesChange', (t) =>
  t.field({
    type: RulesPreview,
    nullable: true,
    description:
      'Rule what-if (规则预演): runs a proposed change of the programme’s rules (pass mark, item minimums, hour rules, completion ' +
      'threshold and population, excellent quota) against the programme’s current data without saving anything, and returns, for ' +
      'the district (or the one school asked) and per school, the teachers passing and qualified now and under the proposal, the ' +
      'schools crossing the completion threshold either way, each class’s excellent places, and a page of the teachers whose verdict ' +
      'would change. Computed in one pass over the enrolments (chunks of 1000), never holding the district in memory. For the admins ' +
      'over the programme’s district (action rules:preview); null for anyone else. A ValidationError names the proposal’s field ' +
      'when the merged rules are not valid; NOT_FOUND for a school not in the programme’s batches.',
    authorize: {
      action: 'rules:preview',
      resource: (_root, args) => ({ kind: 'Programme', id: args.programmeId.id }),
    },
    errors: { types: previewRulesChangeErrors, directResult: true },
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      proposal: t.arg({ type: RulesProposalInput, required: true, description: 'The rules to try.' }),
      schoolId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'One school of the programme’s batches; omitted: the whole programme.',
      }),
      changedFirst: t.arg.int({
        required: false,
        description: `Changed teachers in the page: 0 to ${MAX_CHANGED_PAGE} (default ${DEFAULT_CHANGED_PAGE}).`,
      }),
      changedAfter: t.arg.string({
        required: false,
        description: 'The changed teachers after this cursor (an edge’s `cursor` or `pageInfo.endCursor`).',
      }),
    },
    resolve: async (_root, args, context) => {
      const page = pageOf(args.changedFirst, args.changedAfter);
      const programme = await context.db.prisma.programme.findUniqueOrThrow({
        where: { id: args.programmeId.id },
        select: {
          id: true,
          status: true,
          rules: true,
          phases: { where: { kind: 'IMPLEMENTATION' }, select: { kind: true, endsOn: true } },
        },
      });
      const current = parseProgrammeRules(programme.rules);
      const proposed = proposedRulesOf(current, args.proposal as RulesProposal);
      const phase = { studyEnded: studyEndedAt(programme, new Date()), maxMark: current.assignments.maxMark };
      const schoolId = args.schoolId?.id ?? null;
      const result = await previewOf(context.db.prisma, {
        programmeId: programme.id,
        schoolId,
        now: { rules: current, phase },
        proposed: { rules: proposed, phase: { ...phase, maxMark: proposed.assignments.maxMark } },
        ...page,
      });
      if (schoolId && result.schools.length === 0) throw new NotFoundError('School');
      return { programmeId: programme.id, schoolId, current, proposed, result };
    },
  }),
);
