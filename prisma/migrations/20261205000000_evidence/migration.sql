-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'GROUP_REVIEWED', 'ASSESSED', 'RETURNED');

-- CreateEnum
CREATE TYPE "EvidenceOutcome" AS ENUM ('PASS', 'EXCELLENT', 'FAIL');

-- CreateEnum
CREATE TYPE "EvidenceReviewKind" AS ENUM ('GROUP_REVIEW', 'ASSESSMENT', 'EXPERT_REVIEW');

-- CreateEnum
CREATE TYPE "GroupReviewDecision" AS ENUM ('PASS_ON', 'RECOMMEND_EXCELLENT', 'RETURN');

-- CreateEnum
CREATE TYPE "PersonalDocumentKind" AS ENUM ('PLAN', 'SUMMARY');

-- CreateEnum
CREATE TYPE "SchoolStudyResult" AS ENUM ('PASSED', 'FAILED');

-- CreateTable
CREATE TABLE "Rubric" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT,
    "ownerOrganisationId" TEXT,
    "orgPath" TEXT NOT NULL,
    "latestVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rubric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricVersion" (
    "id" TEXT NOT NULL,
    "rubricId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "criteria" JSONB NOT NULL,
    "passPoints" DOUBLE PRECISION NOT NULL,
    "excellentPoints" DOUBLE PRECISION NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RubricVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentSpec" (
    "id" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "programmeId" TEXT,
    "artefacts" JSONB NOT NULL,
    "guidanceZh" TEXT NOT NULL,
    "guidanceEn" TEXT,
    "rubricId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentSpec_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "outcome" "EvidenceOutcome",
    "points" DOUBLE PRECISION,
    "groupRecommended" BOOLEAN NOT NULL DEFAULT false,
    "firstSubmittedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "assessedAt" TIMESTAMP(3),
    "publishConsent" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "sampledAt" TIMESTAMP(3),
    "orgPath" TEXT NOT NULL,
    "groupPath" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceVersion" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceArtefact" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "durationSeconds" DOUBLE PRECISION,
    "comment" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceArtefact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceReview" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "EvidenceReviewKind" NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "GroupReviewDecision",
    "rubricVersionId" TEXT,
    "levels" JSONB,
    "points" DOUBLE PRECISION,
    "outcome" "EvidenceOutcome",
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerReview" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "reviewerEnrolmentId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "rating" INTEGER,
    "comment" TEXT,
    "completedAt" TIMESTAMP(3),
    "allocatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalDocument" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "kind" "PersonalDocumentKind" NOT NULL,
    "competencyId" TEXT,
    "fileId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "orgPath" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolStudyReview" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "result" "SchoolStudyResult" NOT NULL,
    "comment" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "orgPath" TEXT NOT NULL,

    CONSTRAINT "SchoolStudyReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rubric_orgPath_key_key" ON "Rubric"("orgPath", "key");

-- CreateIndex
CREATE UNIQUE INDEX "RubricVersion_rubricId_version_key" ON "RubricVersion"("rubricId", "version");

-- CreateIndex
CREATE INDEX "AssessmentSpec_programmeId_idx" ON "AssessmentSpec"("programmeId");

-- CreateIndex
CREATE INDEX "Evidence_programmeId_competencyId_status_idx" ON "Evidence"("programmeId", "competencyId", "status");

-- CreateIndex
CREATE INDEX "Evidence_orgPath_idx" ON "Evidence"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Evidence_groupPath_idx" ON "Evidence"("groupPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_enrolmentId_competencyId_key" ON "Evidence"("enrolmentId", "competencyId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceVersion_evidenceId_version_key" ON "EvidenceVersion"("evidenceId", "version");

-- CreateIndex
CREATE INDEX "EvidenceArtefact_versionId_slot_idx" ON "EvidenceArtefact"("versionId", "slot");

-- CreateIndex
CREATE INDEX "EvidenceArtefact_fileId_idx" ON "EvidenceArtefact"("fileId");

-- CreateIndex
CREATE INDEX "EvidenceReview_reviewerId_idx" ON "EvidenceReview"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceReview_evidenceId_version_kind_reviewerId_key" ON "EvidenceReview"("evidenceId", "version", "kind", "reviewerId");

-- CreateIndex
CREATE INDEX "PeerReview_reviewerEnrolmentId_idx" ON "PeerReview"("reviewerEnrolmentId");

-- CreateIndex
CREATE INDEX "PeerReview_programmeId_competencyId_idx" ON "PeerReview"("programmeId", "competencyId");

-- CreateIndex
CREATE UNIQUE INDEX "PeerReview_evidenceId_reviewerId_key" ON "PeerReview"("evidenceId", "reviewerId");

-- CreateIndex
CREATE INDEX "PersonalDocument_enrolmentId_idx" ON "PersonalDocument"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalDocumentVersion_documentId_version_key" ON "PersonalDocumentVersion"("documentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolStudyReview_enrolmentId_key" ON "SchoolStudyReview"("enrolmentId");

-- CreateIndex
CREATE INDEX "SchoolStudyReview_orgPath_idx" ON "SchoolStudyReview"("orgPath" text_pattern_ops);

-- AddForeignKey
ALTER TABLE "Rubric" ADD CONSTRAINT "Rubric_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricVersion" ADD CONSTRAINT "RubricVersion_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSpec" ADD CONSTRAINT "AssessmentSpec_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSpec" ADD CONSTRAINT "AssessmentSpec_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSpec" ADD CONSTRAINT "AssessmentSpec_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceVersion" ADD CONSTRAINT "EvidenceVersion_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceArtefact" ADD CONSTRAINT "EvidenceArtefact_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "EvidenceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceArtefact" ADD CONSTRAINT "EvidenceArtefact_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceReview" ADD CONSTRAINT "EvidenceReview_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceReview" ADD CONSTRAINT "EvidenceReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceReview" ADD CONSTRAINT "EvidenceReview_rubricVersionId_fkey" FOREIGN KEY ("rubricVersionId") REFERENCES "RubricVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_reviewerEnrolmentId_fkey" FOREIGN KEY ("reviewerEnrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDocument" ADD CONSTRAINT "PersonalDocument_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDocument" ADD CONSTRAINT "PersonalDocument_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDocument" ADD CONSTRAINT "PersonalDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDocumentVersion" ADD CONSTRAINT "PersonalDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PersonalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDocumentVersion" ADD CONSTRAINT "PersonalDocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolStudyReview" ADD CONSTRAINT "SchoolStudyReview_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One catalogue spec per competency, and one override per competency and programme.
CREATE UNIQUE INDEX "AssessmentSpec_competency_catalogue_key" ON "AssessmentSpec"("competencyId") WHERE "programmeId" IS NULL;
CREATE UNIQUE INDEX "AssessmentSpec_competency_programme_key" ON "AssessmentSpec"("competencyId", "programmeId") WHERE "programmeId" IS NOT NULL;

-- One plan per enrolment, one summary per enrolment and competency.
CREATE UNIQUE INDEX "PersonalDocument_plan_key" ON "PersonalDocument"("enrolmentId") WHERE "kind" = 'PLAN';
CREATE UNIQUE INDEX "PersonalDocument_summary_key" ON "PersonalDocument"("enrolmentId", "competencyId") WHERE "kind" = 'SUMMARY';

-- Reviews are never changed once written: a correction is a new review of a new version.
CREATE FUNCTION "evidence_review_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'EvidenceReview rows are never changed' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "EvidenceReview_immutable" BEFORE UPDATE ON "EvidenceReview"
  FOR EACH ROW EXECUTE FUNCTION "evidence_review_immutable"();
