-- Issue 15: surveys and self-assessments, the generated-resource library.
-- CreateEnum
CREATE TYPE "SurveyAudienceKind" AS ENUM ('CLASS', 'SCHOOL_TEACHERS', 'DISTRICT_TEACHERS', 'DISTRICT_LEADERS', 'PROGRAMME_TEACHERS');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SurveyPurpose" AS ENUM ('GENERAL', 'TRAINING_NEEDS', 'SATISFACTION', 'SELF_ASSESSMENT');

-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'MATRIX', 'TEXT');

-- CreateEnum
CREATE TYPE "LibraryScope" AS ENUM ('SCHOOL', 'DISTRICT', 'PROVINCE');

-- CreateEnum
CREATE TYPE "LibrarySourceKind" AS ENUM ('SHARE', 'ASSIGNMENT_SUBMISSION', 'EVIDENCE', 'CLASS_NOTICE');

-- CreateEnum
CREATE TYPE "LibraryResourceKind" AS ENUM ('LESSON_PLAN', 'COURSEWARE', 'VIDEO', 'CASE', 'REFLECTION', 'BRIEFING', 'ARTICLE', 'OTHER');

-- CreateEnum
CREATE TYPE "LibraryResourceStatus" AS ENUM ('AWAITING_CONSENT', 'PUBLISHED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "SurveyTemplate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "purpose" "SurveyPurpose" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "purpose" "SurveyPurpose" NOT NULL DEFAULT 'GENERAL',
    "status" "SurveyStatus" NOT NULL DEFAULT 'DRAFT',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "minGroupSize" INTEGER NOT NULL DEFAULT 1,
    "audienceKind" "SurveyAudienceKind" NOT NULL,
    "audienceOrganisationId" TEXT NOT NULL,
    "programmeId" TEXT,
    "orgPath" TEXT NOT NULL,
    "publisherId" TEXT NOT NULL,
    "templateId" TEXT,
    "catalogueId" TEXT,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveySection" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "SurveySection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "sectionId" TEXT,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "prompt" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "options" JSONB,
    "rows" JSONB,
    "scaleMin" INTEGER,
    "scaleMax" INTEGER,
    "maxChoices" INTEGER,
    "competencyId" TEXT,
    "dimensionId" TEXT,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "respondentKey" TEXT NOT NULL,
    "respondentId" TEXT,
    "schoolPath" TEXT NOT NULL,
    "classPath" TEXT,
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionKey" TEXT,
    "rowKey" TEXT,
    "value" INTEGER,
    "text" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryResource" (
    "id" TEXT NOT NULL,
    "scope" "LibraryScope" NOT NULL,
    "scopeOrganisationId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "sourceOrgPath" TEXT NOT NULL,
    "sourceKind" "LibrarySourceKind" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "programmeId" TEXT,
    "authorId" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "curatedById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" "LibraryResourceKind" NOT NULL,
    "competencyId" TEXT,
    "stage" "SchoolStage",
    "subject" TEXT,
    "fileId" TEXT,
    "status" "LibraryResourceStatus" NOT NULL DEFAULT 'AWAITING_CONSENT',
    "consentedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "searchTokens" TEXT NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchTokens")) STORED,
    "downloads" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryDownload" (
    "resourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "downloadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryDownload_pkey" PRIMARY KEY ("resourceId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyTemplate_code_key" ON "SurveyTemplate"("code");

-- CreateIndex
CREATE INDEX "Survey_orgPath_idx" ON "Survey"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Survey_status_closesAt_idx" ON "Survey"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveySection_surveyId_position_key" ON "SurveySection"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_key_key" ON "SurveyQuestion"("surveyId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_position_key" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_schoolPath_idx" ON "SurveyResponse"("surveyId", "schoolPath");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_respondentKey_key" ON "SurveyResponse"("surveyId", "respondentKey");

-- CreateIndex
CREATE INDEX "SurveyAnswer_responseId_idx" ON "SurveyAnswer"("responseId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_questionId_optionKey_idx" ON "SurveyAnswer"("questionId", "optionKey");

-- CreateIndex
CREATE INDEX "SurveyAnswer_surveyId_questionId_idx" ON "SurveyAnswer"("surveyId", "questionId");

-- CreateIndex
CREATE INDEX "LibraryResource_orgPath_idx" ON "LibraryResource"("orgPath" text_pattern_ops);

-- Full-text search over the jieba-segmented words (the simple configuration: no stemming, no stop words).
CREATE INDEX "LibraryResource_searchVector_idx" ON "LibraryResource" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "LibraryResource_status_scope_idx" ON "LibraryResource"("status", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryResource_scopeOrganisationId_sourceKind_sourceId_key" ON "LibraryResource"("scopeOrganisationId", "sourceKind", "sourceId");

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_audienceOrganisationId_fkey" FOREIGN KEY ("audienceOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "SurveyTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "Catalogue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveySection" ADD CONSTRAINT "SurveySection_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "SurveySection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "Dimension"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryResource" ADD CONSTRAINT "LibraryResource_scopeOrganisationId_fkey" FOREIGN KEY ("scopeOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryResource" ADD CONSTRAINT "LibraryResource_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryResource" ADD CONSTRAINT "LibraryResource_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryResource" ADD CONSTRAINT "LibraryResource_curatedById_fkey" FOREIGN KEY ("curatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryResource" ADD CONSTRAINT "LibraryResource_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryResource" ADD CONSTRAINT "LibraryResource_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDownload" ADD CONSTRAINT "LibraryDownload_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "LibraryResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDownload" ADD CONSTRAINT "LibraryDownload_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

