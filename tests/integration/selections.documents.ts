/** GraphQL documents the selection suites send, as the teacher selection and school review pages would. */
import type { TestApp } from '../helpers/app.js';
import type { UserRef } from '../helpers/factories.js';

const VIOLATION = 'code message actual required allowed competencyCodes dimension closedAt closesAt reason';

const ERROR = `... on Error { code message }
  ... on SelectionRejectedError { violations { ${VIOLATION} } check { valid totalCredits pointCount } }
  ... on ValidationError { issues { message path } }`;

export const SELECTION_FIELDS = `id status totalCredits pointCount onBehalf submittedAt submittedByName decidedAt
  competencies { code credits }
  history { action fromState toState comment at actorName }
  violations { code competencyCodes }
  enrolment { id }`;

export const VALIDATE = `mutation($input: ValidateSelectionInput!) { validateSelection(input: $input) { __typename
  ... on ValidateSelectionPayload { check { valid totalCredits pointCount dimensions violations { ${VIOLATION} } } } ${ERROR} } }`;

export const SUBMIT = `mutation($input: SubmitSelectionInput!) { submitSelection(input: $input) { __typename
  ... on SubmitSelectionPayload { selection { ${SELECTION_FIELDS} } } ${ERROR} } }`;

export const APPROVE = `mutation($input: ApproveSelectionInput!) { approveSelection(input: $input) { __typename
  ... on ApproveSelectionPayload { selection { ${SELECTION_FIELDS} } } ${ERROR} } }`;

export const RETURN = `mutation($input: ReturnSelectionInput!) { returnSelection(input: $input) { __typename
  ... on ReturnSelectionPayload { selection { ${SELECTION_FIELDS} } } ${ERROR} } }`;

export const ON_BEHALF = `mutation($input: SelectOnBehalfInput!) { selectOnBehalf(input: $input) { __typename
  ... on SelectOnBehalfPayload { selection { ${SELECTION_FIELDS} } } ${ERROR} } }`;

export const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Selection { ${SELECTION_FIELDS} } } }`;

export const SCHOOL_PROGRESS = `query($programmeId: ID!, $schoolId: ID!) { schoolSelectionProgress(programmeId: $programmeId, schoolId: $schoolId) {
  school { id name } enrolled selected submitted approved returned notSelected rate gateRate gateReached planUploaded } }`;

export const PROGRAMME_PROGRESS = `query($programmeId: ID!, $first: Int, $after: String) { programmeSelectionProgress(programmeId: $programmeId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { school { id name } enrolled selected submitted approved returned notSelected rate gateRate gateReached planUploaded } } }`;

export const ROSTER = `query($classId: ID!, $first: Int, $after: String, $status: RosterStatusFilter) {
  classRoster(classId: $classId, first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id teacher { login displayName } selection { status totalCredits pointCount onBehalf submittedByName
      competencies { code credits } history { action comment actorName at } violations { code } } } } }`;

/** Runs a mutation and returns its result object (the payload or a typed error); fails on GraphQL errors. */
export async function mutate(
  t: TestApp,
  document: string,
  input: Record<string, unknown>,
  as: UserRef | string | null,
) {
  const res = await t.gql(document, { input }, as);
  if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  const data = res.data as Record<string, Record<string, any>>;
  return Object.values(data)[0]!;
}
