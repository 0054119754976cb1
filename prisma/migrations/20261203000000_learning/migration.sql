-- Learning: courses and study lists, server-verified watch time (played segments as int4multirange, sessions,
-- one lease per teacher, raw batches for audit), workshops with activities, posts and counted participation, class
-- notices, attachments, shares, assignments with attempts, school-based group activities with hours.
-- CreateEnum
CREATE TYPE "CourseKind" AS ENUM ('OVERVIEW', 'THEORY', 'PRACTICE', 'CASE', 'SPECIFICATION');

-- CreateEnum
CREATE TYPE "CourseMedia" AS ENUM ('VIDEO', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "CourseRequirement" AS ENUM ('REQUIRED', 'ELECTIVE');

-- CreateEnum
CREATE TYPE "WorkshopKind" AS ENUM ('COMPETENCY', 'CLASS');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('DISCUSSION', 'LIVE_QA', 'LESSON_CRITIQUE', 'STUDY_ASSIGNMENT', 'OFFLINE', 'RESOURCE_SHARE');

-- CreateEnum
CREATE TYPE "ClassNoticeKind" AS ENUM ('ANNOUNCEMENT', 'BRIEFING');

-- CreateEnum
CREATE TYPE "ShareKind" AS ENUM ('RESOURCE', 'ARTICLE');

-- CreateEnum
CREATE TYPE "ShareStatus" AS ENUM ('ACTIVE', 'REJECTED');

-- CreateEnum
CREATE TYPE "AssignmentMode" AS ENUM ('ONLINE', 'SCHOOL_BASED');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'MARKED');

-- CreateEnum
CREATE TYPE "GroupActivityKind" AS ENUM ('TEACHING_DISCUSSION', 'STUDY_ASSIGNMENT', 'LESSON_CRITIQUE', 'OFFLINE');

-- CreateEnum
CREATE TYPE "GroupActivityStatus" AS ENUM ('PUBLISHED', 'COMPLETED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "studyElectiveSeconds" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "studyRequiredSeconds" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "CourseKind" NOT NULL,
    "media" "CourseMedia" NOT NULL,
    "durationSeconds" INTEGER NOT NULL,
    "competencyId" TEXT,
    "module" TEXT,
    "stage" "SchoolStage",
    "subject" TEXT,
    "requirement" "CourseRequirement" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyElective" (
    "enrolmentId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyElective_pkey" PRIMARY KEY ("enrolmentId","courseId")
);

-- CreateTable
CREATE TABLE "CourseProgress" (
    "enrolmentId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "segments" int4multirange DEFAULT '{}'::int4multirange,
    "creditedSeconds" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseProgress_pkey" PRIMARY KEY ("enrolmentId","courseId")
);

-- CreateTable
CREATE TABLE "ViewingSession" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "clientSessionId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastBatchAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "playingFrom" DOUBLE PRECISION,
    "lastPosition" DOUBLE PRECISION,
    "creditedSeconds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ViewingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ViewingLease" (
    "teacherId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ViewingLease_pkey" PRIMARY KEY ("teacherId")
);

-- CreateTable
CREATE TABLE "ViewingBatch" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "events" JSONB NOT NULL,
    "credited" INTEGER NOT NULL DEFAULT 0,
    "rejected" JSONB,

    CONSTRAINT "ViewingBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ViewingEventId" (
    "teacherId" TEXT NOT NULL,
    "clientEventId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ViewingEventId_pkey" PRIMARY KEY ("teacherId","clientEventId")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "kind" "WorkshopKind" NOT NULL,
    "competencyId" TEXT,
    "classId" TEXT,
    "orgPath" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "hostId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopActivity" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "hostId" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3),
    "streamUrl" TEXT,
    "orgPath" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopPost" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "activityId" TEXT,
    "parentId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "hiddenReason" TEXT,
    "orgPath" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityParticipation" (
    "activityId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "countedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityParticipation_pkey" PRIMARY KEY ("activityId","enrolmentId")
);

-- CreateTable
CREATE TABLE "ClassNotice" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "kind" "ClassNoticeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "ownerType" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Share" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "kind" "ShareKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileId" TEXT,
    "competencyId" TEXT,
    "module" TEXT,
    "status" "ShareStatus" NOT NULL DEFAULT 'ACTIVE',
    "rejectedReason" TEXT,
    "rejectedById" TEXT,
    "rejectedAt" TIMESTAMP(3),
    "orgPath" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "brief" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "mode" "AssignmentMode" NOT NULL,
    "acceptsFile" BOOLEAN NOT NULL DEFAULT true,
    "acceptsText" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentSubmission" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL,
    "attempt" INTEGER NOT NULL,
    "mark" INTEGER,
    "comment" TEXT,
    "markedById" TEXT,
    "markedAt" TIMESTAMP(3),
    "recommendedAt" TIMESTAMP(3),
    "recommendedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "orgPath" TEXT NOT NULL,
    "classPath" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssignmentSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentAttempt" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "text" TEXT,
    "fileId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "SubmissionStatus",
    "mark" INTEGER,
    "comment" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "AssignmentAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivity" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "kind" "GroupActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "hours" DOUBLE PRECISION NOT NULL,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "status" "GroupActivityStatus" NOT NULL DEFAULT 'PUBLISHED',
    "publishedById" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivityParticipant" (
    "activityId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "GroupActivityParticipant_pkey" PRIMARY KEY ("activityId","enrolmentId")
);

-- CreateIndex
CREATE INDEX "Course_programmeId_requirement_position_idx" ON "Course"("programmeId", "requirement", "position");

-- CreateIndex
CREATE INDEX "Course_programmeId_competencyId_idx" ON "Course"("programmeId", "competencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Course_programmeId_code_key" ON "Course"("programmeId", "code");

-- CreateIndex
CREATE INDEX "StudyElective_courseId_idx" ON "StudyElective"("courseId");

-- CreateIndex
CREATE INDEX "CourseProgress_teacherId_idx" ON "CourseProgress"("teacherId");

-- CreateIndex
CREATE UNIQUE INDEX "ViewingSession_teacherId_clientSessionId_key" ON "ViewingSession"("teacherId", "clientSessionId");

-- CreateIndex
CREATE INDEX "ViewingBatch_receivedAt_idx" ON "ViewingBatch"("receivedAt");

-- CreateIndex
CREATE INDEX "ViewingBatch_teacherId_receivedAt_idx" ON "ViewingBatch"("teacherId", "receivedAt");

-- CreateIndex
CREATE INDEX "ViewingEventId_receivedAt_idx" ON "ViewingEventId"("receivedAt");

-- CreateIndex
CREATE INDEX "Workshop_orgPath_idx" ON "Workshop"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_programmeId_competencyId_key" ON "Workshop"("programmeId", "competencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_programmeId_classId_key" ON "Workshop"("programmeId", "classId");

-- CreateIndex
CREATE INDEX "WorkshopActivity_workshopId_opensAt_idx" ON "WorkshopActivity"("workshopId", "opensAt");

-- CreateIndex
CREATE INDEX "WorkshopPost_workshopId_createdAt_idx" ON "WorkshopPost"("workshopId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkshopPost_activityId_authorId_idx" ON "WorkshopPost"("activityId", "authorId");

-- CreateIndex
CREATE INDEX "WorkshopPost_parentId_idx" ON "WorkshopPost"("parentId");

-- CreateIndex
CREATE INDEX "ActivityParticipation_enrolmentId_idx" ON "ActivityParticipation"("enrolmentId");

-- CreateIndex
CREATE INDEX "ClassNotice_classId_programmeId_publishedAt_idx" ON "ClassNotice"("classId", "programmeId", "publishedAt");

-- CreateIndex
CREATE INDEX "Attachment_ownerType_ownerId_idx" ON "Attachment"("ownerType", "ownerId");

-- CreateIndex
CREATE INDEX "Share_enrolmentId_status_idx" ON "Share"("enrolmentId", "status");

-- CreateIndex
CREATE INDEX "Share_orgPath_idx" ON "Share"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_programmeId_code_key" ON "Assignment"("programmeId", "code");

-- CreateIndex
CREATE INDEX "AssignmentSubmission_status_classPath_idx" ON "AssignmentSubmission"("status", "classPath");

-- CreateIndex
CREATE INDEX "AssignmentSubmission_enrolmentId_idx" ON "AssignmentSubmission"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentSubmission_assignmentId_enrolmentId_key" ON "AssignmentSubmission"("assignmentId", "enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentAttempt_submissionId_attempt_key" ON "AssignmentAttempt"("submissionId", "attempt");

-- CreateIndex
CREATE INDEX "GroupActivity_groupId_programmeId_createdAt_idx" ON "GroupActivity"("groupId", "programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "GroupActivityParticipant_enrolmentId_idx" ON "GroupActivityParticipant"("enrolmentId");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyElective" ADD CONSTRAINT "StudyElective_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyElective" ADD CONSTRAINT "StudyElective_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseProgress" ADD CONSTRAINT "CourseProgress_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseProgress" ADD CONSTRAINT "CourseProgress_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViewingSession" ADD CONSTRAINT "ViewingSession_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViewingSession" ADD CONSTRAINT "ViewingSession_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViewingSession" ADD CONSTRAINT "ViewingSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViewingLease" ADD CONSTRAINT "ViewingLease_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopActivity" ADD CONSTRAINT "WorkshopActivity_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopActivity" ADD CONSTRAINT "WorkshopActivity_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopPost" ADD CONSTRAINT "WorkshopPost_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopPost" ADD CONSTRAINT "WorkshopPost_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "WorkshopActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopPost" ADD CONSTRAINT "WorkshopPost_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "WorkshopPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopPost" ADD CONSTRAINT "WorkshopPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipation" ADD CONSTRAINT "ActivityParticipation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "WorkshopActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipation" ADD CONSTRAINT "ActivityParticipation_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassNotice" ADD CONSTRAINT "ClassNotice_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassNotice" ADD CONSTRAINT "ClassNotice_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassNotice" ADD CONSTRAINT "ClassNotice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentSubmission" ADD CONSTRAINT "AssignmentSubmission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentSubmission" ADD CONSTRAINT "AssignmentSubmission_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAttempt" ADD CONSTRAINT "AssignmentAttempt_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AssignmentSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAttempt" ADD CONSTRAINT "AssignmentAttempt_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityParticipant" ADD CONSTRAINT "GroupActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "GroupActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityParticipant" ADD CONSTRAINT "GroupActivityParticipant_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
