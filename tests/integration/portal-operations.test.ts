/**
 * Every seeded role runs every SDK operation meant for its portal, on the demo seed, without an error.
 *
 * The SDK's operations (`sdk/operations/*.graphql`, generated into `sdk/src/generated/graphql.ts`) are what the
 * portals send. Whatever a role may not see must come back as null or an empty list ("denied looks missing"), never
 * as an error that nulls out the page: a class tutor's home school, a member of a group whose home is another school.
 * `PORTALS` says which operations belong to which role's portal; variables come from the seeded data.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../prisma/seed/demo.js';
import * as sdk from '../../sdk/src/generated/graphql.js';
import {
  BatchSchoolsDocument,
  CatalogueCompetenciesDocument,
  CataloguesDocument,
  ClassRosterDocument,
  CompetencyDocument,
  DistrictSchoolsDocument,
  MyEnrolmentsDocument,
  OrganisationChildrenDocument,
  OrganisationDocument,
  OrganisationMembersDocument,
  OrganisationsDocument,
  PersonDocument,
  ProgrammeDocument,
  ProgrammeEnrolmentsDocument,
  ProgrammeSelectionProgressDocument,
  ProgrammesDocument,
  ProvinceOverviewDocument,
  RateLimitDocument,
  SchoolPeopleDocument,
  SchoolPlanDocument,
  SchoolRangeDocument,
  SchoolRangeForSelectionDocument,
  SchoolSelectionProgressDocument,
  SubmitSelectionDocument,
  UserIdentitiesDocument,
  ValidateSelectionDocument,
  ViewerDocument,
} from '../../sdk/src/generated/graphql.js';
import { type GraphQLResponse, type TestApp, testApp } from '../kit/app.js';
import { gid as globalId, rawId, unique } from '../kit/ids.js';
import type { OrgRef, UserRef } from '../kit/world.js';

let t: TestApp;

/** The errors of a response, for an assertion message. */
const errorsOf = (response: Pick<GraphQLResponse<unknown>, 'errors'>) => JSON.stringify(response.errors ?? [], null, 1);

// ---------------------------------------------------------------------------------------------------------------------
// What a portal passes: IDs it got from earlier pages, here taken from the seeded data.

interface Scope {
  /** The organisation the portal opens first: the viewer's (first) role's organisation. */
  organisationId: string;
  /** tianchang-2022 (school ranges, school review) and its batch. */
  programmeId: string;
  batchId: string;
  /** The viewer's school (demo-school-1 for district, province and expert staff) and its class. */
  schoolId: string;
  classId: string;
  catalogueId: string;
  competencyId: string;
  /** The demo district (its schools page). */
  districtId: string;
  /** The person page opened: the demo teacher (their own page for the teacher). */
  userId: string;
  /** The viewer's own tianchang-2022 enrolment (teachers) and competencies of its school's range. */
  enrolmentId: string | null;
  competencyIds: string[];
  /** huaibei-2022 (courses by module, assignments) and zhanjiang-2022 (school-based group activities). */
  huaibeiId: string;
  zhanjiangId: string;
  /** demo-school-1's tianchang class workshop, its first activity, demo-school-1's group and its first activity. */
  workshopId: string;
  activityId: string;
  groupId: string;
  groupActivityId: string;
  /** Some assignment submission (none may be seeded: then an ID that finds nothing). */
  submissionId: string;
  /** The demo class tutor (whose evaluation the tutor and the district open). */
  tutorId: string;
  /** Evidence: a national rubric, the demo teacher's submitted evidence, the reviewer queue stage of the viewer, the
   * viewer's zhanjiang-2022 enrolment (plans and summaries; an ID that finds nothing for others), xinbei-2021
   * (excellent-work targets) and a peer review (none is seeded: an ID that finds nothing). */
  rubricId: string;
  evidenceId: string;
  reviewStage: 'GROUP' | 'SCHOOL' | 'EXPERT';
  zhanjiangEnrolmentId: string;
  xinbeiId: string;
  peerReviewId: string;
  /** Issue 15: the demo training-needs survey (named, the district's teachers), one of its TEXT questions, the
   * principals' leadership self-assessment, a published library resource of the demo district. */
  surveyId: string;
  textQuestionId: string;
  selfAssessmentId: string;
  libraryResourceId: string;
}

interface Operation {
  document: TypedDocumentNode<unknown, unknown>;
  variables: (scope: Scope) => Record<string, unknown>;
}

const op = <Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: (scope: Scope) => Variables,
): Operation => ({
  document: document as TypedDocumentNode<unknown, unknown>,
  variables: variables as (scope: Scope) => Record<string, unknown>,
});

/** Every read-only SDK operation, and ValidateSelection (a dry run), with the variables a portal would pass. */
const OPERATIONS = {
  Viewer: op(ViewerDocument, () => ({})),
  RateLimit: op(RateLimitDocument, () => ({})),
  Catalogues: op(CataloguesDocument, () => ({ first: 5 })),
  CatalogueCompetencies: op(CatalogueCompetenciesDocument, (s) => ({ id: s.catalogueId, first: 30 })),
  Competency: op(CompetencyDocument, (s) => ({ id: s.competencyId })),
  Organisations: op(OrganisationsDocument, () => ({ first: 20 })),
  DistrictSchools: op(DistrictSchoolsDocument, (s) => ({ districtId: s.districtId, first: 20 })),
  ProvinceOverview: op(ProvinceOverviewDocument, () => ({ first: 20 })),
  SchoolPeople: op(SchoolPeopleDocument, (s) => ({ organisationId: s.schoolId, first: 50 })),
  Person: op(PersonDocument, (s) => ({ id: s.userId })),
  UserIdentities: op(UserIdentitiesDocument, (s) => ({ userId: s.userId })),
  Organisation: op(OrganisationDocument, (s) => ({ id: s.organisationId })),
  OrganisationMembers: op(OrganisationMembersDocument, (s) => ({ id: s.organisationId, first: 50 })),
  OrganisationChildren: op(OrganisationChildrenDocument, (s) => ({ id: s.organisationId, first: 50 })),
  Programmes: op(ProgrammesDocument, () => ({ first: 20 })),
  Programme: op(ProgrammeDocument, (s) => ({ id: s.programmeId })),
  BatchSchools: op(BatchSchoolsDocument, (s) => ({ batchId: s.batchId, first: 20 })),
  ProgrammeSelectionProgress: op(ProgrammeSelectionProgressDocument, (s) => ({
    programmeId: s.programmeId,
    first: 20,
  })),
  SchoolSelectionProgress: op(SchoolSelectionProgressDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
  })),
  ClassRoster: op(ClassRosterDocument, (s) => ({ classId: s.classId, programmeId: s.programmeId, first: 50 })),
  ProgrammeEnrolments: op(ProgrammeEnrolmentsDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
    first: 50,
  })),
  SchoolRange: op(SchoolRangeDocument, (s) => ({ programmeId: s.programmeId, schoolId: s.schoolId })),
  SchoolPlan: op(SchoolPlanDocument, (s) => ({ programmeId: s.programmeId, schoolId: s.schoolId })),
  MyEnrolments: op(MyEnrolmentsDocument, () => ({ first: 20 })),
  SchoolRangeForSelection: op(SchoolRangeForSelectionDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
  })),
  ValidateSelection: op(ValidateSelectionDocument, (s) => ({
    input: { enrolmentId: s.enrolmentId!, competencyIds: s.competencyIds },
  })),
  // Learning: courses, the study page, workshops, shares, assignments, school-based group activities.
  ProgrammeCourses: op(sdk.ProgrammeCoursesDocument, (s) => ({ programmeId: s.huaibeiId, first: 50 })),
  MyStudyCourses: op(sdk.MyStudyCoursesDocument, (s) => ({ enrolmentId: s.enrolmentId!, first: 20 })),
  TeacherStudyPage: op(sdk.TeacherStudyPageDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  MyWorkshops: op(sdk.MyWorkshopsDocument, (s) => ({ enrolmentId: s.enrolmentId!, first: 20 })),
  ProgrammeWorkshops: op(sdk.ProgrammeWorkshopsDocument, (s) => ({ programmeId: s.programmeId, first: 50 })),
  WorkshopPage: op(sdk.WorkshopPageDocument, (s) => ({ workshopId: s.workshopId, first: 20 })),
  ActivityParticipations: op(sdk.ActivityParticipationsDocument, (s) => ({ activityId: s.activityId, first: 50 })),
  ClassActivityFeed: op(sdk.ClassActivityFeedDocument, (s) => ({
    classId: s.classId,
    programmeId: s.programmeId,
    first: 20,
  })),
  ClassNotices: op(sdk.ClassNoticesDocument, (s) => ({ classId: s.classId, programmeId: s.programmeId, first: 20 })),
  MyShares: op(sdk.MySharesDocument, (s) => ({ enrolmentId: s.enrolmentId!, first: 20 })),
  ClassShares: op(sdk.ClassSharesDocument, (s) => ({ classId: s.classId, programmeId: s.huaibeiId, first: 20 })),
  MyAssignments: op(sdk.MyAssignmentsDocument, (s) => ({ enrolmentId: s.enrolmentId!, first: 20 })),
  ProgrammeAssignments: op(sdk.ProgrammeAssignmentsDocument, (s) => ({ programmeId: s.huaibeiId, first: 20 })),
  MarkingQueue: op(sdk.MarkingQueueDocument, (s) => ({ classId: s.classId, programmeId: s.huaibeiId, first: 20 })),
  SubmissionDetail: op(sdk.SubmissionDetailDocument, (s) => ({ id: s.submissionId })),
  RecommendedAssignments: op(sdk.RecommendedAssignmentsDocument, (s) => ({ programmeId: s.huaibeiId, first: 20 })),
  GroupActivities: op(sdk.GroupActivitiesDocument, (s) => ({
    groupId: s.groupId,
    programmeId: s.zhanjiangId,
    first: 20,
  })),
  GroupActivityParticipants: op(sdk.GroupActivityParticipantsDocument, (s) => ({ id: s.groupActivityId, first: 50 })),
  MyGroupHours: op(sdk.MyGroupHoursDocument, (s) => ({ programmeId: s.zhanjiangId })),
  SchoolGroupHours: op(sdk.SchoolGroupHoursDocument, (s) => ({
    programmeId: s.zhanjiangId,
    schoolId: s.schoolId,
    first: 50,
  })),
  // Scores and excellent trainees.
  MyScore: op(sdk.MyScoreDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  ClassScores: op(sdk.ClassScoresDocument, (s) => ({ classId: s.classId, programmeId: s.programmeId, first: 50 })),
  ClassNominations: op(sdk.ClassNominationsDocument, (s) => ({
    classId: s.classId,
    programmeId: s.huaibeiId,
    first: 20,
  })),
  DistrictNominations: op(sdk.DistrictNominationsDocument, (s) => ({
    organisationId: s.districtId,
    programmeId: s.huaibeiId,
    first: 20,
  })),
  // Consoles and tutor evaluation.
  ClassProgress: op(sdk.ClassProgressDocument, (s) => ({ classId: s.classId, programmeId: s.programmeId, first: 50 })),
  ClassStatistics: op(sdk.ClassStatisticsDocument, (s) => ({
    classId: s.classId,
    programmeId: s.programmeId,
    first: 10,
  })),
  SchoolLearningProgress: op(sdk.SchoolLearningProgressDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
  })),
  ProgrammeLearningProgress: op(sdk.ProgrammeLearningProgressDocument, (s) => ({
    programmeId: s.programmeId,
    first: 50,
  })),
  TutorEvaluation: op(sdk.TutorEvaluationDocument, (s) => ({
    programmeId: s.huaibeiId,
    classId: s.classId,
    tutorId: s.tutorId,
  })),
  ProgrammeTutorEvaluations: op(sdk.ProgrammeTutorEvaluationsDocument, (s) => ({
    programmeId: s.huaibeiId,
    first: 50,
  })),
  // Evidence, rubrics and assessment.
  RubricsSpecsRubrics: op(sdk.RubricsSpecsRubricsDocument, () => ({ first: 20 })),
  RubricsSpecsRubric: op(sdk.RubricsSpecsRubricDocument, (s) => ({ id: s.rubricId })),
  RubricsSpecsRubricCaseJson: op(sdk.RubricsSpecsRubricCaseJsonDocument, (s) => ({ rubricId: s.rubricId })),
  RubricsSpecsProgrammeSpecs: op(sdk.RubricsSpecsProgrammeSpecsDocument, (s) => ({
    programmeId: s.programmeId,
    first: 30,
  })),
  RubricsSpecsCompetencySpec: op(sdk.RubricsSpecsCompetencySpecDocument, (s) => ({
    competencyId: s.competencyIds[0]!,
    programmeId: s.programmeId,
  })),
  EvidencePage: op(sdk.EvidencePageDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  EvidenceDetail: op(sdk.EvidenceDetailDocument, (s) => ({ id: s.evidenceId })),
  EvidenceReviewQueuePage: op(sdk.EvidenceReviewQueuePageDocument, (s) => ({
    stage: s.reviewStage,
    programmeId: s.programmeId,
    first: 20,
  })),
  EvidenceReviewDetail: op(sdk.EvidenceReviewDetailDocument, (s) => ({ id: s.evidenceId })),
  EvidenceReviewResultSheet: op(sdk.EvidenceReviewResultSheetDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
    first: 50,
  })),
  PeerReviewPage: op(sdk.PeerReviewPageDocument, (s) => ({ enrolmentId: s.enrolmentId!, first: 20 })),
  PeerReviewPiece: op(sdk.PeerReviewPieceDocument, (s) => ({ peerReviewId: s.peerReviewId })),
  PeerReviewReceived: op(sdk.PeerReviewReceivedDocument, (s) => ({ evidenceId: s.evidenceId, first: 20 })),
  PeerReviewTeacherProgress: op(sdk.PeerReviewTeacherProgressDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  ImprovementMyPage: op(sdk.ImprovementMyPageDocument, (s) => ({ enrolmentId: s.zhanjiangEnrolmentId })),
  ImprovementSchoolReview: op(sdk.ImprovementSchoolReviewDocument, (s) => ({
    programmeId: s.zhanjiangId,
    schoolId: s.schoolId,
    first: 50,
  })),
  ExcellentWorkLibrary: op(sdk.ExcellentWorkLibraryDocument, () => ({ first: 20 })),
  ExcellentWorkSchoolReport: op(sdk.ExcellentWorkSchoolReportDocument, (s) => ({
    programmeId: s.xinbeiId,
    schoolId: s.schoolId,
  })),
  // Credit hours, completion, certificates and remediation.
  CreditHoursEnrolment: op(sdk.CreditHoursEnrolmentDocument, (s) => ({ enrolmentId: s.enrolmentId!, first: 20 })),
  TeacherTranscript: op(sdk.TeacherTranscriptDocument, () => ({ first: 20 })),
  CreditEntrySchoolHours: op(sdk.CreditEntrySchoolHoursDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
    first: 50,
  })),
  CreditEntryPending: op(sdk.CreditEntryPendingDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
    level: s.reviewStage === 'SCHOOL' ? ('SCHOOL' as const) : ('DISTRICT' as const),
    first: 50,
  })),
  CreditEntryDistrictSummary: op(sdk.CreditEntryDistrictSummaryDocument, (s) => ({
    programmeId: s.programmeId,
    first: 50,
  })),
  CompletionSchoolPage: op(sdk.CompletionSchoolPageDocument, (s) => ({
    programmeId: s.zhanjiangId,
    schoolId: s.schoolId,
    first: 50,
  })),
  CompletionDistrictConsole: op(sdk.CompletionDistrictConsoleDocument, (s) => ({
    programmeId: s.zhanjiangId,
    first: 50,
  })),
  CompletionMyAssessments: op(sdk.CompletionMyAssessmentsDocument, () => ({ first: 20 })),
  CompletionQualification: op(sdk.CompletionQualificationDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  CertificatesMine: op(sdk.CertificatesMineDocument, () => ({})),
  CertificatesList: op(sdk.CertificatesListDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
    first: 50,
  })),
  CertificatesOfEnrolment: op(sdk.CertificatesOfEnrolmentDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  CertificatesVerify: op(sdk.CertificatesVerifyDocument, () => ({ credential: 'not.a.credential' })),
  RemediationRounds: op(sdk.RemediationRoundsDocument, (s) => ({
    programmeId: s.programmeId,
    schoolId: s.schoolId,
    first: 50,
  })),
  RemediationEnrolment: op(sdk.RemediationEnrolmentDocument, (s) => ({ enrolmentId: s.enrolmentId! })),
  // No round is seeded: an ID that finds nothing.
  RemediationRound: op(sdk.RemediationRoundDocument, () => ({
    id: globalId('RemedialRound', '00000000-0000-7000-8000-000000000000'),
  })),
  // Provincial integration (issue 14).
  SyncClientsList: op(sdk.SyncClientsListDocument, () => ({ first: 20 })),
  SyncClientsOne: op(sdk.SyncClientsOneDocument, () => ({
    id: globalId('SyncClient', '00000000-0000-7000-8000-000000000000'),
  })),
  SyncClientsCurrent: op(sdk.SyncClientsCurrentDocument, () => ({})),
  SyncFeedCreditChanges: op(sdk.SyncFeedCreditChangesDocument, () => ({ first: 100, fromBeginning: true })),
  SyncFeedRosterChanges: op(sdk.SyncFeedRosterChangesDocument, () => ({ first: 100, fromBeginning: true })),
  WebhooksSubscriptions: op(sdk.WebhooksSubscriptionsDocument, () => ({ first: 20 })),
  WebhooksDeadLetters: op(sdk.WebhooksDeadLettersDocument, () => ({ first: 20 })),
  ExportsJobs: op(sdk.ExportsJobsDocument, () => ({ first: 20 })),
  ExportsJob: op(sdk.ExportsJobDocument, () => ({
    id: globalId('ExportJob', '00000000-0000-7000-8000-000000000000'),
  })),
  // Surveys, self-assessments, the library and rule previews (issue 15).
  SurveysTemplates: op(sdk.SurveysTemplatesDocument, () => ({ first: 20 })),
  SurveysManaged: op(sdk.SurveysManagedDocument, () => ({ first: 20 })),
  SurveysEditor: op(sdk.SurveysEditorDocument, (s) => ({ id: s.surveyId })),
  SurveysMine: op(sdk.SurveysMineDocument, () => ({ first: 20 })),
  SurveysAnswerForm: op(sdk.SurveysAnswerFormDocument, (s) => ({ id: s.surveyId })),
  SurveysMyResponse: op(sdk.SurveysMyResponseDocument, (s) => ({ id: s.surveyId })),
  SurveysResponses: op(sdk.SurveysResponsesDocument, (s) => ({ id: s.surveyId, first: 50 })),
  SurveyResultsPage: op(sdk.SurveyResultsPageDocument, (s) => ({ surveyId: s.surveyId })),
  SurveyResultsGroups: op(sdk.SurveyResultsGroupsDocument, (s) => ({
    surveyId: s.surveyId,
    level: 'SCHOOL' as const,
    first: 20,
  })),
  SurveyResultsTextAnswers: op(sdk.SurveyResultsTextAnswersDocument, (s) => ({
    surveyId: s.surveyId,
    questionId: s.textQuestionId,
    first: 20,
  })),
  SurveyResultsSelfAssessment: op(sdk.SurveyResultsSelfAssessmentDocument, (s) => ({ surveyId: s.selfAssessmentId })),
  SurveyResultsSelectionSuggestion: op(sdk.SurveyResultsSelectionSuggestionDocument, (s) => ({
    enrolmentId: s.enrolmentId!,
  })),
  LibrarySearch: op(sdk.LibrarySearchDocument, () => ({ query: '思维导图', first: 20 })),
  LibraryResourceDetail: op(sdk.LibraryResourceDetailDocument, (s) => ({ id: s.libraryResourceId })),
  LibraryCurationQueue: op(sdk.LibraryCurationQueueDocument, () => ({ first: 20 })),
  LibraryConsentInbox: op(sdk.LibraryConsentInboxDocument, () => ({ first: 20 })),
  RulesPreviewChange: op(sdk.RulesPreviewChangeDocument, (s) => ({
    programmeId: s.programmeId,
    proposal: { passThreshold: 85 },
    changedFirst: 20,
  })),
} satisfies Record<string, Operation>;

type OperationName = keyof typeof OPERATIONS;

/** Mutations that change data are left out of the sweep (ValidateSelection, a dry run, is in it). */
const NOT_SWEPT = [
  'CreateProgramme',
  'PublishProgramme',
  'StartProgramme',
  'CloseProgramme',
  'EnrolSchools',
  'ApproveSelection',
  'ReturnSelection',
  'SelectOnBehalf',
  'SetSchoolRange',
  'UploadSchoolPlan',
  'EnrolTeacher',
  'ImportEnrolments',
  'SubmitSelection',
  'UpdateProgramme',
  'ExtendSelectionWindow',
  'CreateSchool',
  'UpdateSchool',
  'DeactivateSchool',
  'ReactivateSchool',
  'MoveSchool',
  'CreateCity',
  'CreateDistrict',
  'UpdateDistrict',
  'DeactivateClass',
  'DeactivateGroup',
  'CreateUser',
  'UpdateUser',
  'DeactivateUser',
  'ReactivateUser',
  'GrantRole',
  'RevokeRole',
  'ImportPeople',
  'LinkIdentity',
  'UnlinkIdentity',
  'CreateClass',
  'CreateGroup',
  'AssignClassTutor',
  'SetGroupLeader',
  'AddGroupMembers',
  'RemoveGroupMember',
  'CreateCourse',
  'UpdateCourse',
  'DeleteCourse',
  'ImportCourses',
  'AddElective',
  'DropElective',
  'RecordViewing',
  'PostInWorkshop',
  'CreateWorkshopActivity',
  'UpdateWorkshopActivity',
  'SetWorkshopHost',
  'PinPost',
  'HidePost',
  'UnhidePost',
  'PublishClassNotice',
  'ShareResource',
  'RejectShare',
  'CreateAssignment',
  'UpdateAssignment',
  'SubmitAssignment',
  'MarkAssignment',
  'ReturnAssignment',
  'RecommendAssignment',
  'UnrecommendAssignment',
  'PublishGroupActivity',
  'AddGroupActivityEvidence',
  'CompleteGroupActivity',
  'CancelGroupActivity',
  'NominateExcellent',
  'WithdrawNomination',
  'DecideNomination',
  'PostClassStatistics',
  'ExportProgrammeLearningProgress',
  'EnterTutorIndicator',
  'RecogniseExcellentTutor',
  'RubricsSpecsCreateRubric',
  'RubricsSpecsReviseRubric',
  'RubricsSpecsImportRubric',
  'RubricsSpecsSetProgrammeSpec',
  'RubricsSpecsResetProgrammeSpec',
  'EvidenceAddArtefact',
  'EvidenceRemoveArtefact',
  'EvidenceSubmit',
  'EvidenceSetPublishConsent',
  'EvidenceReviewGroupReview',
  'EvidenceReviewAssess',
  'EvidenceReviewReturn',
  'EvidenceReviewExportResults',
  'EvidenceReviewSample',
  'EvidenceReviewExpertReview',
  'PeerReviewSubmit',
  'PeerReviewAllocate',
  'ImprovementUploadPlan',
  'ImprovementUploadSummary',
  'ImprovementDecide',
  'ExcellentWorkPublish',
  'ExcellentWorkWithdraw',
  'CreditHoursReverseEntry',
  'CreditHoursRecompute',
  'CreditEntryDeclareFinished',
  'CreditEntryEnter',
  'CreditEntryImport',
  'CreditEntryConfirmSchool',
  'CreditEntryConfirmDistrict',
  'CompletionUploadProofItem',
  'CompletionSubmitSelfAssessment',
  'CompletionAssignExperts',
  'CompletionScoreSchool',
  'CompletionConfirmAssessment',
  'CompletionApplyToClose',
  'CompletionDecideClosing',
  'CertificatesIssue',
  'CertificatesRevoke',
  'RemediationEnrol',
  // A subscription: a stream, not a page request (tests/integration/live.test.ts).
  'ClassProgressChanged',
  // Provincial integration: writes (registration, keys, acknowledgements, webhooks, exports, the OneRoster import).
  'SyncClientsRegister',
  'SyncClientsAddKey',
  'SyncClientsRevokeKey',
  'SyncClientsRevoke',
  'SyncFeedAcknowledgeCredit',
  'SyncFeedAcknowledgeRoster',
  'WebhooksCreateSubscription',
  'WebhooksUpdateSubscription',
  'WebhooksRotateSecret',
  'WebhooksDeleteSubscription',
  'WebhooksReplayDelivery',
  'ExportsStart',
  'RosterImportOneRoster',
  // Surveys, the library (issue 15): writes, and the results export (stores a file).
  'SurveysCreate',
  'SurveysCreateSelfAssessment',
  'SurveysUpdate',
  'SurveysPublish',
  'SurveysClose',
  'SurveysDelete',
  'SurveysSubmitResponse',
  'SurveyResultsExport',
  'LibraryCurate',
  'LibraryRespondConsent',
  'LibraryWithdraw',
  'LibraryDownload',
];

/** Public pages and the organisation tree: every signed-in portal has them. */
const EVERY_PORTAL: OperationName[] = [
  'Viewer',
  'RateLimit',
  'Catalogues',
  'CatalogueCompetencies',
  'Competency',
  'Organisations',
  'Organisation',
  'OrganisationMembers',
  'OrganisationChildren',
];
/** The programmes of the viewer's district (a school's staff see their own school in each batch). */
const PROGRAMME_PAGES: OperationName[] = ['Programmes', 'Programme', 'BatchSchools'];
/** The teacher selection page (自主选学). */
const TEACHER_PAGE: OperationName[] = ['MyEnrolments', 'SchoolRangeForSelection', 'ValidateSelection'];
/** The school review page (学校管理员). */
const SCHOOL_REVIEW_PAGE: OperationName[] = [
  'SchoolSelectionProgress',
  'ClassRoster',
  'ProgrammeEnrolments',
  'SchoolRange',
  'SchoolPlan',
];

/** The teacher study page (学习中心) and its parts. */
const STUDY_PAGE: OperationName[] = [
  'TeacherStudyPage',
  'MyScore',
  'MyStudyCourses',
  'MyWorkshops',
  'WorkshopPage',
  'ClassNotices',
  'MyShares',
  'MyAssignments',
  'MyGroupHours',
  'ProgrammeCourses',
  'ProgrammeAssignments',
];
/** The class tutor's console: the class feed, notices, shares to check and the marking queue. */
const TUTOR_PAGE: OperationName[] = [
  'ClassActivityFeed',
  'ClassNotices',
  'ClassShares',
  'MarkingQueue',
  'SubmissionDetail',
  'WorkshopPage',
  'ActivityParticipations',
  'ClassScores',
  'ClassNominations',
  'ClassProgress',
  'ClassStatistics',
  'TutorEvaluation',
];
/** The school's learning console: school-based hours, rates and verdicts, its classes. */
const SCHOOL_LEARNING: OperationName[] = ['SchoolGroupHours', 'SchoolLearningProgress', 'ClassProgress'];
/** The group leader's school-based study page. */
const GROUP_PAGE: OperationName[] = ['GroupActivities', 'GroupActivityParticipants', 'SchoolGroupHours'];
/** The district's learning set-up: courses, workshops, assignments and the work recommended to its experts. */
const DISTRICT_LEARNING: OperationName[] = [
  'ProgrammeCourses',
  'ProgrammeWorkshops',
  'ProgrammeAssignments',
  'RecommendedAssignments',
  'WorkshopPage',
  'ActivityParticipations',
  'DistrictNominations',
  'ProgrammeLearningProgress',
  'SchoolLearningProgress',
  'ProgrammeTutorEvaluations',
  'TutorEvaluation',
];

/** The teacher's evidence pages: specs, evidence, peer reviews, plan and summaries, the province's excellent work. */
const TEACHER_EVIDENCE: OperationName[] = [
  'RubricsSpecsCompetencySpec',
  'RubricsSpecsProgrammeSpecs',
  'RubricsSpecsRubric',
  'EvidencePage',
  'EvidenceDetail',
  'PeerReviewPage',
  'PeerReviewPiece',
  'PeerReviewReceived',
  'PeerReviewTeacherProgress',
  'ImprovementMyPage',
  'ExcellentWorkLibrary',
];
/** The reviewers' pages: the queue of their stage and one piece with its reviews. */
const REVIEWER_PAGES: OperationName[] = [
  'EvidenceReviewQueuePage',
  'EvidenceReviewDetail',
  'EvidenceDetail',
  'RubricsSpecsRubric',
  'ExcellentWorkLibrary',
];
/** The school's assessment pages: result sheet, school-based study review, excellent-work report, received reviews. */
const SCHOOL_ASSESSMENT: OperationName[] = [
  ...REVIEWER_PAGES,
  'EvidenceReviewResultSheet',
  'ImprovementSchoolReview',
  'ExcellentWorkSchoolReport',
  'PeerReviewReceived',
  'RubricsSpecsProgrammeSpecs',
];
/** The district's assessment set-up: rubrics, specs, results and reports. */
const DISTRICT_ASSESSMENT: OperationName[] = [
  ...SCHOOL_ASSESSMENT,
  'RubricsSpecsRubrics',
  'RubricsSpecsRubricCaseJson',
  'RubricsSpecsCompetencySpec',
];

/** The teacher's hours, transcript, qualification and certificates. */
const TEACHER_CREDIT: OperationName[] = [
  'CreditHoursEnrolment',
  'TeacherTranscript',
  'CompletionQualification',
  'CertificatesMine',
  'CertificatesOfEnrolment',
  'RemediationEnrolment',
];
/** The school's hours entry and completion page. */
const SCHOOL_CREDIT: OperationName[] = [
  'CreditEntrySchoolHours',
  'CreditEntryPending',
  'CompletionSchoolPage',
  'CertificatesList',
  'RemediationRounds',
  'RemediationRound',
];
/** The district's confirmation and closing console. */
const DISTRICT_CREDIT: OperationName[] = [...SCHOOL_CREDIT, 'CreditEntryDistrictSummary', 'CompletionDistrictConsole'];

/** The district's and province's integration console: registered sync clients, exports. */
const INTEGRATION_ADMIN: OperationName[] = ['SyncClientsList', 'SyncClientsOne', 'ExportsJobs', 'ExportsJob'];

/** The people page (school, district and province admins): who is there, one person with their roles and sign-ons. */
const PEOPLE_PAGE: OperationName[] = ['SchoolPeople', 'Person', 'UserIdentities'];

/** Issue 15: the survey inbox and the library for everyone who works in a school; results and survey management for
 * tutors and admins; the rule preview for the district's and province's consoles. */
const RESPONDENT: OperationName[] = ['SurveysMine', 'SurveysAnswerForm', 'SurveysMyResponse', 'LibrarySearch'];
const LIBRARY_AUTHOR: OperationName[] = ['LibraryConsentInbox', 'LibraryResourceDetail'];
const SURVEY_MANAGER: OperationName[] = [
  'SurveysTemplates',
  'SurveysManaged',
  'SurveyResultsPage',
  'SurveyResultsGroups',
  'LibrarySearch',
  'LibraryResourceDetail',
  'LibraryCurationQueue',
];
const DISTRICT_SURVEYS: OperationName[] = [
  ...SURVEY_MANAGER,
  'SurveysEditor',
  'SurveysResponses',
  'SurveyResultsTextAnswers',
  'SurveyResultsSelfAssessment',
  'RulesPreviewChange',
];

/** Which operations belong to which seeded role's portal (and the public catalogue page, anonymously). */
const PORTALS: Record<string, OperationName[]> = {
  anonymous: ['Viewer', 'RateLimit', 'Catalogues', 'CatalogueCompetencies', 'Competency', 'CertificatesVerify'],
  teacher: [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    ...TEACHER_PAGE,
    ...STUDY_PAGE,
    ...TEACHER_EVIDENCE,
    ...TEACHER_CREDIT,
    'Person',
    'UserIdentities',
    ...RESPONDENT,
    ...LIBRARY_AUTHOR,
    'SurveyResultsSelectionSuggestion',
  ],
  teacher2: [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    ...TEACHER_PAGE,
    ...STUDY_PAGE,
    ...TEACHER_EVIDENCE,
    ...TEACHER_CREDIT,
    ...RESPONDENT,
  ],
  'class.tutor': [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    'ClassRoster',
    'ProgrammeEnrolments',
    ...TUTOR_PAGE,
    ...SURVEY_MANAGER,
  ],
  'group.leader': [...EVERY_PORTAL, ...PROGRAMME_PAGES, ...GROUP_PAGE, ...REVIEWER_PAGES, 'LibrarySearch'],
  'school.admin': [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    ...SCHOOL_REVIEW_PAGE,
    ...PEOPLE_PAGE,
    ...SCHOOL_LEARNING,
    ...SCHOOL_ASSESSMENT,
    ...SCHOOL_CREDIT,
    ...SURVEY_MANAGER,
  ],
  'school2.admin': [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    ...SCHOOL_REVIEW_PAGE,
    ...PEOPLE_PAGE,
    ...SCHOOL_LEARNING,
    ...SCHOOL_ASSESSMENT,
    ...SCHOOL_CREDIT,
    ...SURVEY_MANAGER,
  ],
  'district.admin': [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    'ProgrammeSelectionProgress',
    ...SCHOOL_REVIEW_PAGE,
    'DistrictSchools',
    ...PEOPLE_PAGE,
    ...DISTRICT_LEARNING,
    ...DISTRICT_ASSESSMENT,
    ...DISTRICT_CREDIT,
    ...INTEGRATION_ADMIN,
    ...DISTRICT_SURVEYS,
  ],
  'province.admin': [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    'ProgrammeSelectionProgress',
    ...SCHOOL_REVIEW_PAGE,
    'ProvinceOverview',
    'DistrictSchools',
    ...PEOPLE_PAGE,
    'ProgrammeLearningProgress',
    ...DISTRICT_ASSESSMENT,
    ...DISTRICT_CREDIT,
    ...INTEGRATION_ADMIN,
    'LibrarySearch',
    'LibraryResourceDetail',
    'LibraryCurationQueue',
    'RulesPreviewChange',
  ],
  expert: [
    ...EVERY_PORTAL,
    ...PROGRAMME_PAGES,
    'SchoolSelectionProgress',
    'ProgrammeEnrolments',
    'SchoolRange',
    'SchoolPlan',
    'RecommendedAssignments',
    'WorkshopPage',
    ...REVIEWER_PAGES,
    'CompletionMyAssessments',
    'LibrarySearch',
  ],
  // A sync client may call only the sync operations (the root-field gate refuses everything else).
  'sync.client': [
    'RateLimit',
    'SyncClientsCurrent',
    'SyncFeedCreditChanges',
    'SyncFeedRosterChanges',
    'WebhooksSubscriptions',
    'WebhooksDeadLetters',
    'ExportsJobs',
    'ExportsJob',
  ],
};

// ---------------------------------------------------------------------------------------------------------------------
// The demo seed, with the demo teachers enrolled so the pages have data.

const TIANCHANG = 'tianchang-2022';
/** A valid Tianchang selection within demo-school-1's range: 21 credits over two dimensions. */
const SCHOOL_1_SELECTION = ['A7', 'B3', 'B1', 'B6'];

const scopes = new Map<string, Scope>();
let orgs: Map<string, OrgRef>;
/** A user of demo-school-2 who is a member of demo-school-1's group: a member whose home is elsewhere. */
let visitor: UserRef;

beforeAll(async () => {
  t = await testApp();
  const prisma = t.db.prisma;
  await t.world.demo();

  orgs = new Map(
    (await prisma.organisation.findMany({ select: { id: true, path: true, code: true, name: true, kind: true } })).map(
      (org) => [org.code, { ...org, gid: globalId('Organisation', org.id) }],
    ),
  );
  const org = (code: string) => orgs.get(code)!;
  const programme = await prisma.programme.findUniqueOrThrow({
    where: { code: TIANCHANG },
    select: { id: true, catalogueId: true, batches: { select: { id: true } } },
  });
  const competencies = new Map(
    (
      await prisma.competency.findMany({
        where: { catalogueId: programme.catalogueId },
        select: { id: true, code: true },
      })
    ).map((c) => [c.code, c.id]),
  );
  const gid = {
    org: (code: string) => org(code).gid,
    competency: (code: string) => globalId('Competency', competencies.get(code)!),
  };
  const programmeId = globalId('Programme', programme.id);
  const batchId = globalId('Batch', programme.batches[0]!.id);

  // The school admins enrol their teachers through the API (a slim selection: setup is not what is tested here).
  const enrol = async (admin: string, school: string, login: string) => {
    // The demo seed enrols some teachers already (workshops and group activities need them).
    const seeded = await prisma.enrolment.findFirst({
      where: { programmeId: programme.id, teacher: { login } },
      select: { id: true },
    });
    if (seeded) return globalId('Enrolment', seeded.id);
    const response = await t.gql<{ enrolTeacher: { __typename: string; enrolment?: { id: string } } }>(
      `mutation($input: EnrolTeacherInput!) { enrolTeacher(input: $input) { __typename ... on EnrolTeacherPayload { enrolment { id } } } }`,
      { input: { batchId, schoolId: gid.org(school), teacher: { login, displayName: login } } },
      { as: admin },
    );
    const enrolment = response.data?.enrolTeacher.enrolment;
    if (!enrolment) throw new Error(`enrolTeacher ${login}: ${JSON.stringify(response)}`);
    return enrolment.id;
  };
  const enrolments = {
    teacher: await enrol('school.admin', 'demo-school-1', 'teacher'),
    teacher2: await enrol('school2.admin', 'demo-school-2', 'teacher2'),
  };

  // The teacher submits a selection, so rosters and reviews show one with its history.
  const submitted = await t.request(
    SubmitSelectionDocument,
    { input: { enrolmentId: enrolments.teacher, competencyIds: SCHOOL_1_SELECTION.map(gid.competency) } },
    { as: 'teacher' },
  );
  expect(submitted.errors).toBeUndefined();
  expect(submitted.data?.submitSelection.__typename).toBe('SubmitSelectionPayload');

  // demo-school-1 has uploaded its plan (written directly: the upload itself is tested in files.test.ts).
  const school1 = org('demo-school-1');
  const schoolAdmin = await prisma.user.findUniqueOrThrow({ where: { login: 'school.admin' }, select: { id: true } });
  const file = await prisma.storedFile.create({
    data: {
      storageKey: `plans/${unique()}${unique()}`,
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1024,
      sha256: '0'.repeat(64),
      orgPath: school1.path,
      uploadedById: schoolAdmin.id,
    },
    select: { id: true },
  });
  await prisma.schoolPlan.create({
    data: {
      programmeId: programme.id,
      schoolId: school1.id,
      orgPath: school1.path,
      fileId: file.id,
      uploadedById: schoolAdmin.id,
    },
  });

  // A teacher of demo-school-2 joins demo-school-1's group: a member whose home the school's staff cannot see.
  const home = org('demo-school-2');
  visitor = await t.world.user(
    home,
    [
      ['TEACHER', home],
      ['TEACHER', org('demo-school-1-group-1')],
    ],
    { login: `visitor-${unique()}` },
  );

  // Learning objects the pages open (seeded by the demo seed).
  const programmeOf = async (code: string) =>
    globalId('Programme', (await prisma.programme.findUniqueOrThrow({ where: { code }, select: { id: true } })).id);
  const huaibeiId = await programmeOf('huaibei-2022');
  const zhanjiangId = await programmeOf('zhanjiang-2022');
  const nowhere = (type: string) => globalId(type, '00000000-0000-7000-8000-000000000000');
  const workshop = await prisma.workshop.findFirstOrThrow({
    where: { programmeId: programme.id, classId: org('demo-school-1-class-1').id },
    select: { id: true, activities: { select: { id: true }, take: 1 } },
  });
  const groupActivity = await prisma.groupActivity.findFirst({ select: { id: true } });
  const submission = await prisma.assignmentSubmission.findFirst({ select: { id: true } });
  const learning = {
    huaibeiId,
    zhanjiangId,
    workshopId: globalId('Workshop', workshop.id),
    activityId: workshop.activities[0]
      ? globalId('WorkshopActivity', workshop.activities[0].id)
      : nowhere('WorkshopActivity'),
    groupId: gid.org('demo-school-1-group-1'),
    groupActivityId: groupActivity ? globalId('GroupActivity', groupActivity.id) : nowhere('GroupActivity'),
    submissionId: submission ? globalId('AssignmentSubmission', submission.id) : nowhere('AssignmentSubmission'),
    tutorId: globalId(
      'User',
      (await prisma.user.findUniqueOrThrow({ where: { login: 'class.tutor' }, select: { id: true } })).id,
    ),
  };

  // Evidence: the demo teacher's submitted evidence of B1 (written directly: submission is tested in evidence.test.ts).
  const teacherEnrolment = await prisma.enrolment.findUniqueOrThrow({
    where: { id: rawId(enrolments.teacher) },
    select: { id: true, teacherId: true, orgPath: true },
  });
  const evidenceFile = await prisma.storedFile.create({
    data: {
      storageKey: `evidence/${unique()}${unique()}`,
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1024,
      sha256: '0'.repeat(64),
      orgPath: teacherEnrolment.orgPath,
      uploadedById: teacherEnrolment.teacherId,
    },
    select: { id: true },
  });
  const now = new Date();
  const evidence = await prisma.evidence.create({
    data: {
      enrolmentId: teacherEnrolment.id,
      competencyId: competencies.get('B1')!,
      programmeId: programme.id,
      teacherId: teacherEnrolment.teacherId,
      status: 'SUBMITTED',
      firstSubmittedAt: now,
      submittedAt: now,
      orgPath: teacherEnrolment.orgPath,
      groupPath: org('demo-school-1-group-1').path,
      versions: {
        create: { version: 1, submittedAt: now, artefacts: { create: { slot: 'plan', fileId: evidenceFile.id } } },
      },
    },
    select: { id: true },
  });
  const rubric = await prisma.rubric.findFirstOrThrow({ where: { orgPath: '/' }, select: { id: true } });
  const zhanjiangEnrolment = await prisma.enrolment.findFirst({
    where: { programme: { code: 'zhanjiang-2022' }, teacher: { login: 'teacher' } },
    select: { id: true },
  });
  const evidencePages = {
    rubricId: globalId('Rubric', rubric.id),
    evidenceId: globalId('Evidence', evidence.id),
    xinbeiId: await programmeOf('xinbei-2021'),
    peerReviewId: nowhere('PeerReview'),
  };
  const needs = await prisma.survey.findFirstOrThrow({
    where: { purpose: 'TRAINING_NEEDS', audienceKind: 'DISTRICT_TEACHERS' },
    select: { id: true, questions: { where: { kind: 'TEXT' }, select: { id: true }, take: 1 } },
  });
  const selfAssessment = await prisma.survey.findFirstOrThrow({
    where: { purpose: 'SELF_ASSESSMENT' },
    select: { id: true },
  });
  const published = await prisma.libraryResource.findFirstOrThrow({
    where: { status: 'PUBLISHED', scope: 'DISTRICT' },
    select: { id: true },
  });
  const issue15 = {
    surveyId: globalId('Survey', needs.id),
    textQuestionId: globalId('SurveyQuestion', needs.questions[0]!.id),
    selfAssessmentId: globalId('Survey', selfAssessment.id),
    libraryResourceId: globalId('LibraryResource', published.id),
  };
  const stageOf = (login: string) =>
    login === 'group.leader' ? ('GROUP' as const) : login === 'expert' ? ('EXPERT' as const) : ('SCHOOL' as const);

  const teacherId = globalId(
    'User',
    (await prisma.user.findUniqueOrThrow({ where: { login: 'teacher' }, select: { id: true } })).id,
  );
  for (const user of DEMO_USERS) {
    const first = user.roles[0]![1];
    const school = user.home.startsWith('demo-school-') ? user.home : 'demo-school-1';
    const enrolmentId = enrolments[user.login as keyof typeof enrolments] ?? null;
    const range = school === 'demo-school-1' ? SCHOOL_1_SELECTION : ['B1', 'B2', 'C2', 'C4'];
    scopes.set(user.login, {
      organisationId: gid.org(first),
      programmeId,
      batchId,
      schoolId: gid.org(school),
      classId: gid.org(`${school}-class-1`),
      catalogueId: globalId('Catalogue', programme.catalogueId),
      competencyId: gid.competency('A1'),
      districtId: gid.org('demo-district'),
      userId: teacherId,
      enrolmentId,
      competencyIds: range.map(gid.competency),
      ...learning,
      ...evidencePages,
      ...issue15,
      reviewStage: stageOf(user.login),
      zhanjiangEnrolmentId:
        user.login === 'teacher' && zhanjiangEnrolment
          ? globalId('Enrolment', zhanjiangEnrolment.id)
          : nowhere('Enrolment'),
    });
  }
  scopes.set('anonymous', { ...scopes.get('teacher')!, enrolmentId: null });
});
afterAll(() => t?.close());

// ---------------------------------------------------------------------------------------------------------------------

describe('the portal table', () => {
  const documents = Object.entries(sdk)
    .filter(([name]) => name.endsWith('Document'))
    .map(
      ([, document]) =>
        (document as { definitions: readonly { kind: string }[] }).definitions.find(
          (d) => d.kind === Kind.OPERATION_DEFINITION,
        ) as OperationDefinitionNode,
    );

  it('covers every seeded login', () => {
    expect(
      Object.keys(PORTALS)
        .filter((login) => login !== 'anonymous')
        .sort(),
    ).toEqual(DEMO_USERS.map((user) => user.login).sort());
  });

  it('gives every SDK query (and ValidateSelection) to at least one portal; only mutations that write are left out', () => {
    const swept = new Set(Object.values(PORTALS).flat());
    for (const document of documents) {
      const name = document.name!.value;
      if (document.operation === 'query')
        expect(swept.has(name as OperationName), `${name} is in no portal`).toBe(true);
      else if (!swept.has(name as OperationName))
        expect(NOT_SWEPT, `${name} is neither swept nor listed as left out`).toContain(name);
    }
    expect(Object.keys(OPERATIONS).sort()).toEqual(
      documents
        .map((d) => d.name!.value)
        .filter((name) => !NOT_SWEPT.includes(name))
        .sort(),
    );
  });
});

describe('every seeded role runs every operation of its portal without an error', () => {
  const cases = Object.entries(PORTALS).flatMap(([login, names]) => names.map((name) => [login, name] as const));

  it.each(cases)('%s: %s', async (login, name) => {
    const operation = OPERATIONS[name];
    const response = await t.request(operation.document, operation.variables(scopes.get(login)!), {
      as: login === 'anonymous' ? null : login,
    });
    expect(response.status).toBe(200);
    expect(response.errors, errorsOf(response)).toBeUndefined();
    expect(response.data).toBeTruthy();
    if (name === 'Viewer')
      expect(response.data).toMatchObject(login === 'anonymous' ? { viewer: null } : { viewer: { user: { login } } });
  });

  it('the pages have data to show: the roster, the enrolments, the plan and the progress', async () => {
    const tutor = scopes.get('class.tutor')!;
    const roster = await t.request(
      ClassRosterDocument,
      { classId: tutor.classId, programmeId: tutor.programmeId, first: 50 },
      { as: 'class.tutor' },
    );
    expect(
      roster.data?.classRoster?.nodes.map((e) => [e.teacher.login, e.school, e.class?.code, e.selection?.status]),
    ).toEqual([['teacher', null, 'demo-school-1-class-1', 'SUBMITTED']]);
    const mine = await t.request(MyEnrolmentsDocument, { first: 20 }, { as: 'teacher' });
    expect(mine.data?.enrolments.nodes.map((e) => e.programme.code).sort()).toEqual([
      'tianchang-2022',
      'zhanjiang-2022',
    ]);
    const admin = scopes.get('school.admin')!;
    const plan = await t.request(
      SchoolPlanDocument,
      { programmeId: admin.programmeId, schoolId: admin.schoolId },
      { as: 'school.admin' },
    );
    expect(plan.data?.schoolPlan).toMatchObject({ school: { code: 'demo-school-1' }, file: { filename: 'plan.pdf' } });
    const progress = await t.request(
      ProgrammeSelectionProgressDocument,
      { programmeId: admin.programmeId, first: 20 },
      { as: 'district.admin' },
    );
    expect(
      progress.data?.programmeSelectionProgress?.nodes.map((p) => [p.school.code, p.enrolled, p.submitted]),
    ).toEqual([
      // The rule-preview demo (prisma/seed/rules-preview.ts) enrols 6 + 4 more teachers with approved selections.
      ['demo-school-1', 7, 1],
      ['demo-school-2', 5, 0],
    ]);
  });
});

describe('a relation the viewer may not see is null, never an error', () => {
  it.each(['class.tutor', 'group.leader'])(
    '%s: viewer.user.organisation (their home school) is null; the viewer is there',
    async (login) => {
      const response = await t.gql(
        `{ viewer { user { login organisation { id code } } roleAssignments { role organisation { code } } } }`,
        {},
        { as: login },
      );
      expect(response.errors, errorsOf(response)).toBeUndefined();
      expect(response.data!.viewer.user).toEqual({ login, organisation: null });
      expect(response.data!.viewer.roleAssignments).toHaveLength(1);
    },
  );

  it('a teacher and a school admin do see their home school', async () => {
    for (const login of ['teacher', 'school.admin']) {
      const response = await t.gql(`{ viewer { user { organisation { code } } } }`, {}, { as: login });
      expect(response.errors, errorsOf(response)).toBeUndefined();
      expect(response.data!.viewer.user.organisation).toEqual({ code: 'demo-school-1' });
    }
  });

  it('a member whose home is another school does not break the members list; their home is null', async () => {
    const query = `query($id: ID!) { organisation(id: $id) { code members(first: 50) { totalCount nodes { role user { login organisation { code } } } } } }`;
    const id = orgs.get('demo-school-1-group-1')!.gid;

    const school = await t.gql(query, { id }, { as: 'school.admin' });
    expect(school.errors, errorsOf(school)).toBeUndefined();
    const members = school.data!.organisation.members;
    expect(members.totalCount).toBe(3);
    expect(members.nodes).toEqual(
      expect.arrayContaining([
        { role: 'TEACHER', user: { login: 'teacher', organisation: { code: 'demo-school-1' } } },
        { role: 'TEACHER', user: { login: visitor.login, organisation: null } },
        { role: 'GROUP_LEADER', user: { login: 'group.leader', organisation: { code: 'demo-school-1' } } },
      ]),
    );

    // The group's leader sees neither home; the district admin sees both.
    const leader = await t.gql(query, { id }, { as: 'group.leader' });
    expect(leader.errors, errorsOf(leader)).toBeUndefined();
    expect(
      leader.data!.organisation.members.nodes.map((m: { user: { organisation: unknown } }) => m.user.organisation),
    ).toEqual([null, null, null]);
    const district = await t.gql(query, { id }, { as: 'district.admin' });
    expect(district.errors, errorsOf(district)).toBeUndefined();
    expect(
      district.data!.organisation.members.nodes.find((m: { user: { login: string } }) => m.user.login === visitor.login)
        .user.organisation,
    ).toEqual({ code: 'demo-school-2' });
  });

  it('checking the members’ homes costs the same SQL statements for 1 member as for 12 (members from another school in both)', async () => {
    const [school1, school2] = [orgs.get('demo-school-1')!, orgs.get('demo-school-2')!];
    const [small, large] = [await t.world.organisation('GROUP', school1), await t.world.organisation('GROUP', school1)];
    await t.world.user(school2, [['TEACHER', small]]);
    for (let i = 0; i < 12; i += 1) await t.world.user(i % 2 ? school1 : school2, [['TEACHER', large]]);

    const query = `query($id: ID!) { organisation(id: $id) { members(first: 50) { nodes { user { login organisation { code } } } } } }`;
    const statementsFor = async (group: OrgRef) => {
      const { count, data } = await t.statementsFor(query, { id: group.gid }, { as: 'school.admin' });
      const homes = data.organisation.members.nodes.map(
        (m: { user: { organisation: { code: string } | null } }) => m.user.organisation?.code ?? null,
      );
      return { count, homes };
    };
    const one = await statementsFor(small);
    const twelve = await statementsFor(large);
    expect(one.homes).toEqual([null]);
    expect(twelve.homes.filter((home: string | null) => home === null)).toHaveLength(6);
    expect(twelve.homes.filter((home: string | null) => home === 'demo-school-1')).toHaveLength(6);
    expect(twelve.count).toBe(one.count);
  });

  it('a user reached through node(id) whose home the viewer cannot see has a null organisation', async () => {
    const response = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on User { login organisation { code } } } }`,
      { id: visitor.gid },
      { as: 'school.admin' },
    );
    expect(response.errors, errorsOf(response)).toBeUndefined();
    expect(response.data!.node).toEqual({ login: visitor.login, organisation: null });
  });
});
