-- Indexes the learning pages need (found by the bench's EXPLAIN ANALYZE): a teacher's enrolments (workshop
-- membership, viewing access) and a class's posts newest first (the tutor's class activity feed).
-- CreateIndex
CREATE INDEX "Enrolment_teacherId_idx" ON "Enrolment"("teacherId");

-- CreateIndex
CREATE INDEX "WorkshopPost_orgPath_createdAt_idx" ON "WorkshopPost"("orgPath" text_pattern_ops, "createdAt");
