-- CreateEnum
CREATE TYPE "FeedKind" AS ENUM ('CREDIT', 'ROSTER');

-- CreateEnum
CREATE TYPE "FeedEventKind" AS ENUM ('CREDIT_CONFIRMED', 'CREDIT_REVERSED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_REVOKED', 'SCHOOL_CLOSED', 'PERSON_CHANGED', 'PERSON_REMOVED', 'SCHOOL_CHANGED', 'SCHOOL_REMOVED', 'ENROLMENT_CHANGED', 'ENROLMENT_REMOVED');

-- CreateEnum
CREATE TYPE "ExportDataset" AS ENUM ('CREDIT_RECORDS', 'PEOPLE', 'SCHOOLS', 'ENROLMENTS');

-- CreateEnum
CREATE TYPE "ExportFormat" AS ENUM ('NDJSON', 'CSV', 'XLSX');

-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "DeliveryState" AS ENUM ('PENDING', 'DELIVERED', 'DEAD');

-- CreateTable
CREATE TABLE "SyncClient" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "jwksUrl" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "SyncClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncClientKey" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kid" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "thumbprint" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "SyncClientKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedEvent" (
    "id" TEXT NOT NULL,
    "seq" BIGINT,
    "feed" "FeedKind" NOT NULL,
    "kind" "FeedEventKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "programmeId" TEXT,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedAcknowledgement" (
    "principalId" TEXT NOT NULL,
    "feed" "FeedKind" NOT NULL,
    "seq" BIGINT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedAcknowledgement_pkey" PRIMARY KEY ("principalId","feed")
);

-- CreateTable
CREATE TABLE "FeedEventAcknowledgement" (
    "principalId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedEventAcknowledgement_pkey" PRIMARY KEY ("principalId","eventId")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "principalId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("principalId","key")
);

-- CreateTable
CREATE TABLE "ExportJob" (
    "id" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "programmeId" TEXT,
    "dataset" "ExportDataset" NOT NULL,
    "format" "ExportFormat" NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'QUEUED',
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "rowsTotal" INTEGER,
    "fileKey" TEXT,
    "bytes" BIGINT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookSubscription" (
    "id" TEXT NOT NULL,
    "principalId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "events" "FeedEventKind"[],
    "secretSealed" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSeq" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "WebhookSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "replayOfId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "status" INTEGER,
    "error" TEXT,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SyncClient_userId_key" ON "SyncClient"("userId");

-- CreateIndex
CREATE INDEX "SyncClient_orgPath_idx" ON "SyncClient"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SyncClientKey_clientId_kid_key" ON "SyncClientKey"("clientId", "kid");

-- CreateIndex
CREATE UNIQUE INDEX "FeedEvent_seq_key" ON "FeedEvent"("seq");

-- CreateIndex
CREATE INDEX "FeedEvent_feed_seq_idx" ON "FeedEvent"("feed", "seq");

-- CreateIndex
CREATE INDEX "FeedEvent_subjectId_idx" ON "FeedEvent"("subjectId");

-- CreateIndex
CREATE INDEX "FeedEvent_kind_orgPath_idx" ON "FeedEvent"("kind", "orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- CreateIndex
CREATE INDEX "ExportJob_requestedById_createdAt_idx" ON "ExportJob"("requestedById", "createdAt");

-- CreateIndex
CREATE INDEX "ExportJob_orgPath_idx" ON "ExportJob"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "WebhookSubscription_principalId_idx" ON "WebhookSubscription"("principalId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_subscriptionId_state_createdAt_idx" ON "WebhookDelivery"("subscriptionId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_eventId_idx" ON "WebhookDelivery"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookAttempt_deliveryId_attempt_key" ON "WebhookAttempt"("deliveryId", "attempt");

-- AddForeignKey
ALTER TABLE "SyncClient" ADD CONSTRAINT "SyncClient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncClient" ADD CONSTRAINT "SyncClient_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncClientKey" ADD CONSTRAINT "SyncClientKey_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "SyncClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedAcknowledgement" ADD CONSTRAINT "FeedAcknowledgement_principalId_fkey" FOREIGN KEY ("principalId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedEventAcknowledgement" ADD CONSTRAINT "FeedEventAcknowledgement_principalId_fkey" FOREIGN KEY ("principalId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_principalId_fkey" FOREIGN KEY ("principalId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_principalId_fkey" FOREIGN KEY ("principalId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "WebhookSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "FeedEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Feeds (hand-written) ──────────────────────────────────────────────────────────────────────────
-- Every change a provincial system mirrors is written to "FeedEvent" by triggers on the tables it describes, so
-- every write path (the API, imports, SQL sessions) emits it in the same transaction as the change.
--
-- Commit order: an event is inserted with seq NULL; a deferred constraint trigger numbers it at COMMIT under a
-- transaction-level advisory lock held until the commit completes. A transaction therefore takes its numbers only
-- after every transaction numbered before it has committed (and become visible), so a reader that has seen seq N
-- has already been able to see every committed seq below N: a cursor "seq > N" never skips a late commit. The lock
-- serialises only the numbering at commit of transactions that emit events.
CREATE SEQUENCE "FeedEvent_seq" AS bigint;

CREATE FUNCTION tisheng_number_feed_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1414744903, 1);
  UPDATE "FeedEvent" SET seq = nextval('"FeedEvent_seq"') WHERE id = NEW.id;
  -- Wakes webhook fan-out on every instance (one notification per transaction and feed: PostgreSQL folds duplicates).
  PERFORM pg_notify('tisheng_feed', NEW.feed::text);
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "FeedEvent_number_at_commit" AFTER INSERT ON "FeedEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tisheng_number_feed_event();

CREATE FUNCTION tisheng_feed_emit(feed "FeedKind", kind "FeedEventKind", subject text, path text, programme text, payload jsonb)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "FeedEvent" (id, feed, kind, "subjectId", "orgPath", "programmeId", payload, "occurredAt")
  VALUES (gen_random_uuid()::text, feed, kind, subject, path, programme, payload, now() AT TIME ZONE 'UTC');
$$;

-- Credit feed: a district confirmation makes an entry part of the teacher's confirmed record (a REVERSAL entry's
-- confirmation is the reversal of the entry it reverses).
CREATE FUNCTION tisheng_feed_credit_confirmation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e "CreditEntry"%ROWTYPE;
  school text;
BEGIN
  IF NEW.level <> 'DISTRICT' THEN RETURN NULL; END IF;
  SELECT * INTO e FROM "CreditEntry" WHERE id = NEW."entryId";
  SELECT "schoolId" INTO school FROM "Enrolment" WHERE id = e."enrolmentId";
  PERFORM tisheng_feed_emit('CREDIT',
    CASE WHEN e."reversesId" IS NULL THEN 'CREDIT_CONFIRMED' ELSE 'CREDIT_REVERSED' END::"FeedEventKind",
    e.id, e."orgPath", e."programmeId",
    jsonb_build_object('entryId', e.id, 'programmeId', e."programmeId", 'enrolmentId', e."enrolmentId",
      'teacherId', e."teacherId", 'schoolId', school, 'source', e.source, 'category', e.category,
      'hours', e.hours::text, 'reversesId', e."reversesId", 'carriedFromId', e."carriedFromId",
      'earnedAt', e."createdAt", 'confirmedAt', NEW."confirmedAt", 'confirmedById', NEW."confirmedById"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "CreditConfirmation_feed" AFTER INSERT ON "CreditConfirmation"
  FOR EACH ROW EXECUTE FUNCTION tisheng_feed_credit_confirmation();

CREATE FUNCTION tisheng_feed_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NOT (OLD."revokedAt" IS NULL AND NEW."revokedAt" IS NOT NULL) THEN RETURN NULL; END IF;
  PERFORM tisheng_feed_emit('CREDIT',
    CASE WHEN TG_OP = 'INSERT' THEN 'CERTIFICATE_ISSUED' ELSE 'CERTIFICATE_REVOKED' END::"FeedEventKind",
    NEW.id, NEW."orgPath", NEW."programmeId",
    jsonb_build_object('certificateId', NEW.id, 'kind', NEW.kind, 'programmeId', NEW."programmeId",
      'enrolmentId', NEW."enrolmentId", 'teacherId', NEW."teacherId", 'statusIndex', NEW."statusIndex",
      'issuedAt', NEW."issuedAt", 'expiresAt', NEW."expiresAt", 'revokedAt', NEW."revokedAt",
      'revocationReason', NEW."revocationReason"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Certificate_feed" AFTER INSERT OR UPDATE ON "Certificate"
  FOR EACH ROW EXECUTE FUNCTION tisheng_feed_certificate();

CREATE FUNCTION tisheng_feed_school_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (OLD."closedAt" IS NULL AND NEW."closedAt" IS NOT NULL) THEN RETURN NULL; END IF;
  PERFORM tisheng_feed_emit('CREDIT', 'SCHOOL_CLOSED', NEW."schoolId", NEW."orgPath", NEW."programmeId",
    jsonb_build_object('schoolId', NEW."schoolId", 'programmeId', NEW."programmeId", 'closedAt', NEW."closedAt"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "SchoolCompletion_feed" AFTER UPDATE ON "SchoolCompletion"
  FOR EACH ROW EXECUTE FUNCTION tisheng_feed_school_closed();

-- Roster feed: people (no contact details, no national ID), schools and enrolments; removals are tombstones.
CREATE FUNCTION tisheng_feed_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM tisheng_feed_emit('ROSTER', 'PERSON_REMOVED', OLD.id, OLD."orgPath", NULL, jsonb_build_object('personId', OLD.id));
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.login, OLD."displayName", OLD."teachingSubject", OLD.stage, OLD."employeeNumber",
      OLD."deactivatedAt", OLD."organisationId", OLD."orgPath")
      IS NOT DISTINCT FROM (NEW.login, NEW."displayName", NEW."teachingSubject", NEW.stage, NEW."employeeNumber",
      NEW."deactivatedAt", NEW."organisationId", NEW."orgPath") THEN
    RETURN NULL;
  END IF;
  PERFORM tisheng_feed_emit('ROSTER', 'PERSON_CHANGED', NEW.id, NEW."orgPath", NULL,
    jsonb_build_object('personId', NEW.id, 'login', NEW.login, 'displayName', NEW."displayName",
      'teachingSubject', NEW."teachingSubject", 'stage', NEW.stage, 'employeeNumber', NEW."employeeNumber",
      'organisationId', NEW."organisationId", 'deactivatedAt', NEW."deactivatedAt", 'createdAt', NEW."createdAt"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "User_feed" AFTER INSERT OR UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION tisheng_feed_person();

CREATE FUNCTION tisheng_feed_school() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.kind = 'SCHOOL' THEN
      PERFORM tisheng_feed_emit('ROSTER', 'SCHOOL_REMOVED', OLD.id, OLD.path, NULL, jsonb_build_object('schoolId', OLD.id));
    END IF;
    RETURN NULL;
  END IF;
  IF NEW.kind <> 'SCHOOL' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND (OLD.code, OLD.name, OLD."parentId", OLD.path, OLD.stages, OLD."fullTimeTeachers", OLD."deactivatedAt")
      IS NOT DISTINCT FROM (NEW.code, NEW.name, NEW."parentId", NEW.path, NEW.stages, NEW."fullTimeTeachers", NEW."deactivatedAt") THEN
    RETURN NULL;
  END IF;
  PERFORM tisheng_feed_emit('ROSTER', 'SCHOOL_CHANGED', NEW.id, NEW.path, NULL,
    jsonb_build_object('schoolId', NEW.id, 'code', NEW.code, 'name', NEW.name, 'parentId', NEW."parentId",
      'stages', to_jsonb(NEW.stages), 'fullTimeTeachers', NEW."fullTimeTeachers", 'deactivatedAt', NEW."deactivatedAt"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Organisation_feed" AFTER INSERT OR UPDATE OR DELETE ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION tisheng_feed_school();

CREATE FUNCTION tisheng_feed_enrolment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM tisheng_feed_emit('ROSTER', 'ENROLMENT_REMOVED', OLD.id, OLD."orgPath", OLD."programmeId",
      jsonb_build_object('enrolmentId', OLD.id, 'programmeId', OLD."programmeId", 'teacherId', OLD."teacherId",
        'schoolId', OLD."schoolId"));
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD."batchId", OLD."schoolId", OLD."classId", OLD."teacherId", OLD."orgPath")
      IS NOT DISTINCT FROM (NEW."batchId", NEW."schoolId", NEW."classId", NEW."teacherId", NEW."orgPath") THEN
    RETURN NULL;
  END IF;
  PERFORM tisheng_feed_emit('ROSTER', 'ENROLMENT_CHANGED', NEW.id, NEW."orgPath", NEW."programmeId",
    jsonb_build_object('enrolmentId', NEW.id, 'programmeId', NEW."programmeId", 'batchId', NEW."batchId",
      'teacherId', NEW."teacherId", 'schoolId', NEW."schoolId", 'classId', NEW."classId", 'enrolledAt', NEW."enrolledAt"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Enrolment_feed" AFTER INSERT OR UPDATE OR DELETE ON "Enrolment"
  FOR EACH ROW EXECUTE FUNCTION tisheng_feed_enrolment();

-- A sync client's registration and keys decide whose tokens are accepted: every instance drops its cached viewers and
-- client keys on any change (the channel of migration 20261201000000).
CREATE TRIGGER "SyncClient_viewer_change"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SyncClient"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();
CREATE TRIGGER "SyncClientKey_viewer_change"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SyncClientKey"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();

