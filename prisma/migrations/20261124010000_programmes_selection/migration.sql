-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RUNNING', 'CLOSED');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('PREPARATION', 'IMPLEMENTATION', 'SUMMARY', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "SchoolStage" AS ENUM ('KINDERGARTEN', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL');

-- CreateEnum
CREATE TYPE "SelectionStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'RETURNED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nationalIdHash" TEXT,
ADD COLUMN     "nationalIdMasked" TEXT;

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "catalogueId" TEXT NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "rules" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammePhase" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "ProgrammePhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "stages" "SchoolStage"[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchSchool" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "quota" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BatchSchool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "classId" TEXT,
    "teacherId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "selectionDueAt" TIMESTAMP(3),

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Selection" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "status" "SelectionStatus" NOT NULL,
    "totalCredits" INTEGER NOT NULL,
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "orgPath" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Selection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelectionItem" (
    "selectionId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SelectionItem_pkey" PRIMARY KEY ("selectionId","competencyId")
);

-- CreateTable
CREATE TABLE "SchoolRange" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "SchoolRange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolRangeItem" (
    "rangeId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,

    CONSTRAINT "SchoolRangeItem_pkey" PRIMARY KEY ("rangeId","competencyId")
);

-- CreateTable
CREATE TABLE "SchoolPlan" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT NOT NULL,

    CONSTRAINT "SchoolPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE INDEX "Programme_orgPath_idx" ON "Programme"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Programme_status_idx" ON "Programme"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammePhase_programmeId_kind_key" ON "ProgrammePhase"("programmeId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_programmeId_name_key" ON "Batch"("programmeId", "name");

-- CreateIndex
CREATE INDEX "BatchSchool_schoolId_idx" ON "BatchSchool"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "BatchSchool_batchId_schoolId_key" ON "BatchSchool"("batchId", "schoolId");

-- CreateIndex
CREATE INDEX "Enrolment_batchId_schoolId_idx" ON "Enrolment"("batchId", "schoolId");

-- CreateIndex
CREATE INDEX "Enrolment_classId_idx" ON "Enrolment"("classId");

-- CreateIndex
CREATE INDEX "Enrolment_orgPath_idx" ON "Enrolment"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_programmeId_teacherId_key" ON "Enrolment"("programmeId", "teacherId");

-- CreateIndex
CREATE UNIQUE INDEX "Selection_enrolmentId_key" ON "Selection"("enrolmentId");

-- CreateIndex
CREATE INDEX "Selection_orgPath_idx" ON "Selection"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SchoolRange_programmeId_schoolId_key" ON "SchoolRange"("programmeId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolPlan_programmeId_schoolId_key" ON "SchoolPlan"("programmeId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_nationalIdHash_key" ON "User"("nationalIdHash");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "Catalogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePhase" ADD CONSTRAINT "ProgrammePhase_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchSchool" ADD CONSTRAINT "BatchSchool_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchSchool" ADD CONSTRAINT "BatchSchool_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelectionItem" ADD CONSTRAINT "SelectionItem_selectionId_fkey" FOREIGN KEY ("selectionId") REFERENCES "Selection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelectionItem" ADD CONSTRAINT "SelectionItem_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRange" ADD CONSTRAINT "SchoolRange_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRange" ADD CONSTRAINT "SchoolRange_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRangeItem" ADD CONSTRAINT "SchoolRangeItem_rangeId_fkey" FOREIGN KEY ("rangeId") REFERENCES "SchoolRange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolRangeItem" ADD CONSTRAINT "SchoolRangeItem_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolPlan" ADD CONSTRAINT "SchoolPlan_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolPlan" ADD CONSTRAINT "SchoolPlan_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolPlan" ADD CONSTRAINT "SchoolPlan_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolPlan" ADD CONSTRAINT "SchoolPlan_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

