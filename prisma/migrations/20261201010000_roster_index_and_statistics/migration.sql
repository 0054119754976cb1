-- The class roster filters enrolments by class and programme: one index for both.
DROP INDEX "Enrolment_classId_idx";
CREATE INDEX "Enrolment_classId_programmeId_idx" ON "Enrolment"("classId", "programmeId");

-- A teacher is enrolled in many programmes through one class, so "class = $1 AND programme = $2" is far more
-- selective than the two columns' statistics suggest; without these the planner scans the table instead of the index.
-- (Extended statistics are not expressible in schema.prisma; Prisma's migration diff leaves them alone.)
CREATE STATISTICS "Enrolment_classId_programmeId_stats" (dependencies, mcv) ON "classId", "programmeId" FROM "Enrolment";
ANALYZE "Enrolment";
