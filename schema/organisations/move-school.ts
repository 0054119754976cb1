/**
 * Moving a school to another district (action `province:manageDistricts` over both the school and the target
 * district): its materialised path changes, and with it every copy of a path below it, in one transaction.
 */
import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { actingUserId, globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { moveSchoolErrors, SchoolInProgrammeError } from './errors.js';
import { Organisation } from './organisation.js';
import { moveBlock, movedPath, prefixPattern } from './rules.js';
import { assertActive, authorizeAlso, loadOrganisation, schoolParticipation } from './writes.js';

/**
 * Every column holding an organisation's materialised path or a copy of one (table, column). A test compares it with
 * the data model, so a new copy cannot be forgotten here.
 */
export const PATH_COLUMNS = [
  ['Organisation', 'path'],
  ['User', 'orgPath'],
  ['RoleAssignment', 'orgPath'],
  ['RoleChange', 'orgPath'],
  ['Decision', 'orgPath'],
  ['Programme', 'orgPath'],
  ['BatchSchool', 'orgPath'],
  ['Enrolment', 'orgPath'],
  ['Selection', 'orgPath'],
  ['SchoolRange', 'orgPath'],
  ['SchoolPlan', 'orgPath'],
  ['StoredFile', 'orgPath'],
  ['Course', 'orgPath'],
  ['CourseProgress', 'orgPath'],
  ['Workshop', 'orgPath'],
  ['WorkshopActivity', 'orgPath'],
  ['WorkshopPost', 'orgPath'],
  ['ClassNotice', 'orgPath'],
  ['Share', 'orgPath'],
  ['AssignmentSubmission', 'orgPath'],
  ['AssignmentSubmission', 'classPath'],
  ['GroupActivity', 'orgPath'],
  ['ExcellentNomination', 'orgPath'],
  ['ClassProgressSnapshot', 'orgPath'],
  ['TutorEvaluation', 'orgPath'],
  ['Rubric', 'orgPath'],
  ['AssessmentSpec', 'orgPath'],
  ['Evidence', 'orgPath'],
  ['Evidence', 'groupPath'],
  ['PeerReview', 'orgPath'],
  ['PersonalDocument', 'orgPath'],
  ['SchoolStudyReview', 'orgPath'],
  ['CreditEntry', 'orgPath'],
  ['CreditConfirmation', 'orgPath'],
  ['SchoolCompletion', 'orgPath'],
  ['SchoolProofItem', 'orgPath'],
  ['SchoolExpertAssessment', 'orgPath'],
  ['RemedialRound', 'orgPath'],
  ['Certificate', 'orgPath'],
  // Provincial integration: a sync client and an export are held by a district or province (never under a school,
  // so nothing changes there); feed events follow the school like its records (a district-scoped client does not get a
  // moved-in school's history again: it reads from its cursor on).
  ['SyncClient', 'orgPath'],
  ['FeedEvent', 'orgPath'],
  ['ExportJob', 'orgPath'],
  // Surveys and the library (issue 15): a school's surveys, answers and school-scoped resources move with it.
  ['Survey', 'orgPath'],
  ['SurveyResponse', 'schoolPath'],
  ['SurveyResponse', 'classPath'],
  ['LibraryResource', 'orgPath'],
  ['LibraryResource', 'sourceOrgPath'],
] as const;

/**
 * Rewrites the prefix `from` to `to` in every path column (rewritePathPrefix of rules.ts, in SQL): one parameterised
 * UPDATE per table; the identifiers are the constants above.
 */
async function rewritePaths(tx: Pick<Transaction, '$executeRaw'>, from: string, to: string): Promise<void> {
  const pattern = prefixPattern(from);
  for (const [table, column] of PATH_COLUMNS) {
    const name = Prisma.raw(`"${table}"`);
    const path = Prisma.raw(`"${column}"`);
    await tx.$executeRaw`UPDATE ${name} SET ${path} = ${to}::text || substr(${path}, ${from.length + 1}::int) WHERE ${path} LIKE ${pattern}`;
  }
}

const MoveSchoolInput = builder.inputType('MoveSchoolInput', {
  description: 'A school and the district it moves to.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
    districtId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The district it moves to (active); the viewer must be a province admin over it and the school.',
    }),
  }),
});
const moveSchoolSchema = z.object({ id: globalIdSchema, districtId: globalIdSchema });

builder.mutationField('moveSchool', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Moves a school, with its classes, groups, people, roles and records, to another district: afterwards the new ' +
      'district’s admins see it and the old one’s do not. Refused (SCHOOL_IN_PROGRAMME) while the school takes part in ' +
      'a programme that is not CLOSED (in a batch or with enrolled teachers). Moving it to its own district changes ' +
      'nothing. Only a province admin over both the school and the district may.',
    authorize: {
      action: 'province:manageDistricts',
      resource: (_root, args) => ({ kind: 'School', id: args.input.id.id }),
    },
    errors: {
      types: moveSchoolErrors,
      result: { description: 'The school is in the district.' },
      dataField: { name: 'school', description: 'The school after the move.' },
    },
    args: { input: t.arg({ type: MoveSchoolInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(moveSchoolSchema, args.input);
      await authorizeAlso(context, 'province:manageDistricts', 'District', input.districtId.id);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const school = await loadOrganisation(tx, input.id.id);
        if (school.parentId === input.districtId.id) return;
        const target = await loadOrganisation(tx, input.districtId.id);
        assertActive(target);
        const block = moveBlock(await schoolParticipation(tx, school.id));
        if (block) throw new SchoolInProgrammeError('move', school.name, block);
        const from = school.parentId ? await loadOrganisation(tx, school.parentId) : null;
        const newPath = movedPath(school.path, target.path);
        await tx.organisation.update({ where: { id: school.id }, data: { parentId: target.id }, select: { id: true } });
        await rewritePaths(tx, school.path, newPath);
        await recordDecision(tx, {
          subjectType: 'Organisation',
          subjectId: school.id,
          actorId: actingUserId(context),
          action: 'MOVE',
          fromState: from?.code ?? null,
          toState: target.code,
          orgPath: newPath,
        });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: input.id.id } });
    },
  }),
);
