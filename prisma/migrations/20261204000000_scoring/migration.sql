-- Scoring: excellent-trainee nominations (a tutor nominates within the class's quota; the district confirms).
-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('NOMINATED', 'CONFIRMED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "ExcellentNomination" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "status" "NominationStatus" NOT NULL DEFAULT 'NOMINATED',
    "comment" TEXT,
    "nominatedById" TEXT NOT NULL,
    "nominatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ExcellentNomination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExcellentNomination_enrolmentId_key" ON "ExcellentNomination"("enrolmentId");

-- CreateIndex
CREATE INDEX "ExcellentNomination_classId_programmeId_status_idx" ON "ExcellentNomination"("classId", "programmeId", "status");

-- CreateIndex
CREATE INDEX "ExcellentNomination_orgPath_idx" ON "ExcellentNomination"("orgPath" text_pattern_ops);

-- AddForeignKey
ALTER TABLE "ExcellentNomination" ADD CONSTRAINT "ExcellentNomination_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExcellentNomination" ADD CONSTRAINT "ExcellentNomination_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExcellentNomination" ADD CONSTRAINT "ExcellentNomination_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExcellentNomination" ADD CONSTRAINT "ExcellentNomination_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
