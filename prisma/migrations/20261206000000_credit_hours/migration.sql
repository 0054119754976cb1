-- CreateEnum
CREATE TYPE "CreditSource" AS ENUM ('ONLINE_STUDY', 'SCHOOL_PRACTICE', 'GROUP_ACTIVITY', 'MANUAL_ENTRY', 'REVERSAL');

-- CreateEnum
CREATE TYPE "CreditCategory" AS ENUM ('ONLINE', 'OFFLINE');

-- CreateEnum
CREATE TYPE "CreditLevel" AS ENUM ('SCHOOL', 'DISTRICT');

-- CreateEnum
CREATE TYPE "ClosingState" AS ENUM ('OPEN', 'APPLIED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ProofForm" AS ENUM ('FORM', 'REPORT', 'PLAN_TEXT', 'LIST', 'CASE');

-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('COMPLETION', 'EXCELLENT_TRAINEE');

-- CreateTable
CREATE TABLE "CreditEntry" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "source" "CreditSource" NOT NULL,
    "category" "CreditCategory" NOT NULL,
    "hours" DECIMAL(7,2) NOT NULL,
    "basis" JSONB NOT NULL DEFAULT '{}',
    "evidenceId" TEXT,
    "enteredById" TEXT,
    "note" TEXT,
    "reversesId" TEXT,
    "carriedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditConfirmation" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "level" "CreditLevel" NOT NULL,
    "confirmedById" TEXT,
    "orgPath" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolCompletion" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "finishedById" TEXT,
    "selfAssessmentScore" DOUBLE PRECISION,
    "selfAssessmentNote" TEXT,
    "selfAssessedAt" TIMESTAMP(3),
    "assessmentScore" DOUBLE PRECISION,
    "assessmentOutcome" TEXT,
    "assessmentConfirmedAt" TIMESTAMP(3),
    "assessmentConfirmedById" TEXT,
    "closingState" "ClosingState" NOT NULL DEFAULT 'OPEN',
    "appliedRate" DOUBLE PRECISION,
    "appliedAt" TIMESTAMP(3),
    "appliedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionComment" TEXT,
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchoolCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolProofItem" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "form" "ProofForm" NOT NULL,
    "fileId" TEXT,
    "text" TEXT,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolProofItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolExpertAssessment" (
    "id" TEXT NOT NULL,
    "completionId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "rubricVersionId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "levels" JSONB,
    "points" DOUBLE PRECISION,
    "comment" TEXT,
    "scoredAt" TIMESTAMP(3),

    CONSTRAINT "SchoolExpertAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemedialRound" (
    "id" TEXT NOT NULL,
    "failedEnrolmentId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "reason" TEXT,
    "orgPath" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemedialRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuerKey" (
    "kid" TEXT NOT NULL,
    "alg" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateJwk" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "IssuerKey_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "programmeId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "statusIndex" SERIAL NOT NULL,
    "credential" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revocationReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CreditEntry_reversesId_key" ON "CreditEntry"("reversesId");

-- CreateIndex
CREATE INDEX "CreditEntry_enrolmentId_createdAt_idx" ON "CreditEntry"("enrolmentId", "createdAt");

-- CreateIndex
CREATE INDEX "CreditEntry_teacherId_createdAt_idx" ON "CreditEntry"("teacherId", "createdAt");

-- CreateIndex
CREATE INDEX "CreditEntry_programmeId_orgPath_idx" ON "CreditEntry"("programmeId", "orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "CreditConfirmation_orgPath_idx" ON "CreditConfirmation"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CreditConfirmation_entryId_level_key" ON "CreditConfirmation"("entryId", "level");

-- CreateIndex
CREATE INDEX "SchoolCompletion_orgPath_idx" ON "SchoolCompletion"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SchoolCompletion_programmeId_schoolId_key" ON "SchoolCompletion"("programmeId", "schoolId");

-- CreateIndex
CREATE INDEX "SchoolProofItem_orgPath_idx" ON "SchoolProofItem"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SchoolProofItem_programmeId_schoolId_itemKey_key" ON "SchoolProofItem"("programmeId", "schoolId", "itemKey");

-- CreateIndex
CREATE INDEX "SchoolExpertAssessment_expertId_idx" ON "SchoolExpertAssessment"("expertId");

-- CreateIndex
CREATE INDEX "SchoolExpertAssessment_orgPath_idx" ON "SchoolExpertAssessment"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SchoolExpertAssessment_completionId_expertId_key" ON "SchoolExpertAssessment"("completionId", "expertId");

-- CreateIndex
CREATE INDEX "RemedialRound_enrolmentId_idx" ON "RemedialRound"("enrolmentId");

-- CreateIndex
CREATE INDEX "RemedialRound_orgPath_idx" ON "RemedialRound"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "RemedialRound_failedEnrolmentId_round_key" ON "RemedialRound"("failedEnrolmentId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_statusIndex_key" ON "Certificate"("statusIndex");

-- CreateIndex
CREATE INDEX "Certificate_teacherId_idx" ON "Certificate"("teacherId");

-- CreateIndex
CREATE INDEX "Certificate_programmeId_orgPath_idx" ON "Certificate"("programmeId", "orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_enrolmentId_kind_key" ON "Certificate"("enrolmentId", "kind");

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "CreditEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "CreditEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditConfirmation" ADD CONSTRAINT "CreditConfirmation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CreditEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolCompletion" ADD CONSTRAINT "SchoolCompletion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolProofItem" ADD CONSTRAINT "SchoolProofItem_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolExpertAssessment" ADD CONSTRAINT "SchoolExpertAssessment_completionId_fkey" FOREIGN KEY ("completionId") REFERENCES "SchoolCompletion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemedialRound" ADD CONSTRAINT "RemedialRound_failedEnrolmentId_fkey" FOREIGN KEY ("failedEnrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemedialRound" ADD CONSTRAINT "RemedialRound_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "IssuerKey"("kid") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The ledger is append-only: UPDATE (except the rewrite of the school path when a school moves) and DELETE fail.
CREATE FUNCTION tisheng_refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'orgPath') = (to_jsonb(OLD) - 'orgPath') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the credit-hour ledger is append-only: % on "%" is refused (correct an entry with a reversal)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "CreditEntry_append_only" BEFORE UPDATE OR DELETE ON "CreditEntry"
  FOR EACH ROW EXECUTE FUNCTION tisheng_refuse_ledger_change();
CREATE TRIGGER "CreditConfirmation_append_only" BEFORE UPDATE OR DELETE ON "CreditConfirmation"
  FOR EACH ROW EXECUTE FUNCTION tisheng_refuse_ledger_change();
CREATE TRIGGER "CreditEntry_no_truncate" BEFORE TRUNCATE ON "CreditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION tisheng_refuse_ledger_change();
CREATE TRIGGER "CreditConfirmation_no_truncate" BEFORE TRUNCATE ON "CreditConfirmation"
  FOR EACH STATEMENT EXECUTE FUNCTION tisheng_refuse_ledger_change();
