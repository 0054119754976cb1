-- Consoles: when people last used the API, frozen weekly class statistics (学情通报), tutor evaluations with the
-- district's entries.
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSeenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ClassProgressSnapshot" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "postedById" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postId" TEXT,
    "data" JSONB NOT NULL,

    CONSTRAINT "ClassProgressSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TutorEvaluation" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "tutorId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "excellent" BOOLEAN NOT NULL DEFAULT false,
    "recognisedById" TEXT,
    "recognisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TutorEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TutorIndicatorEntry" (
    "evaluationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "comment" TEXT,
    "enteredById" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TutorIndicatorEntry_pkey" PRIMARY KEY ("evaluationId","key")
);

-- CreateIndex
CREATE INDEX "ClassProgressSnapshot_classId_programmeId_postedAt_idx" ON "ClassProgressSnapshot"("classId", "programmeId", "postedAt");

-- CreateIndex
CREATE INDEX "TutorEvaluation_orgPath_idx" ON "TutorEvaluation"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "TutorEvaluation_programmeId_classId_tutorId_key" ON "TutorEvaluation"("programmeId", "classId", "tutorId");

-- AddForeignKey
ALTER TABLE "ClassProgressSnapshot" ADD CONSTRAINT "ClassProgressSnapshot_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassProgressSnapshot" ADD CONSTRAINT "ClassProgressSnapshot_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassProgressSnapshot" ADD CONSTRAINT "ClassProgressSnapshot_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorEvaluation" ADD CONSTRAINT "TutorEvaluation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorEvaluation" ADD CONSTRAINT "TutorEvaluation_tutorId_fkey" FOREIGN KEY ("tutorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorEvaluation" ADD CONSTRAINT "TutorEvaluation_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorIndicatorEntry" ADD CONSTRAINT "TutorIndicatorEntry_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "TutorEvaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
