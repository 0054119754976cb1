-- Administration: province admins, school stages and teacher counts, deactivation, people's details, role history,
-- identity-provider subjects separate from the login (the development key's tokens name the login, so the old
-- authSubject column goes), batch totals and selection windows.
-- CreateEnum
CREATE TYPE "RoleChangeKind" AS ENUM ('GRANTED', 'REVOKED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PROVINCE_ADMIN';

-- DropIndex
DROP INDEX "User_authSubject_key";

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "selectionClosesAt" TIMESTAMP(3),
ADD COLUMN     "selectionOpensAt" TIMESTAMP(3),
ADD COLUMN     "totalQuota" INTEGER;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "selectionDueExtended" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "fullTimeTeachers" INTEGER,
ADD COLUMN     "stages" "SchoolStage"[] DEFAULT ARRAY[]::"SchoolStage"[];

-- AlterTable
ALTER TABLE "User" DROP COLUMN "authSubject",
ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "employeeNumber" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "stage" "SchoolStage",
ADD COLUMN     "teachingSubject" TEXT;

-- CreateTable
CREATE TABLE "RoleChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "orgPath" TEXT NOT NULL,
    "change" "RoleChangeKind" NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoleChange_userId_createdAt_idx" ON "RoleChange"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RoleChange_orgPath_idx" ON "RoleChange"("orgPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "UserIdentity_userId_idx" ON "UserIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserIdentity_issuer_subject_key" ON "UserIdentity"("issuer", "subject");

-- AddForeignKey
ALTER TABLE "RoleChange" ADD CONSTRAINT "RoleChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleChange" ADD CONSTRAINT "RoleChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleChange" ADD CONSTRAINT "RoleChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserIdentity" ADD CONSTRAINT "UserIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Linking or unlinking an identity changes who a token is: every instance drops its viewer cache.
CREATE TRIGGER "UserIdentity_viewer_change"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UserIdentity"
  FOR EACH STATEMENT EXECUTE FUNCTION "tisheng_notify_viewer_change"();

-- Role history, complete whatever writes role assignments (a mutation, an import, the seed, manual SQL): one RoleChange
-- row per granted or revoked assignment. The actor is the transaction's `tisheng.actor_id` setting (set by the API's
-- mutations with set_config(…, true)); null when unset.
CREATE FUNCTION "tisheng_record_role_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "RoleChange" (id, "userId", role, "organisationId", "orgPath", change, "actorId", "createdAt")
    VALUES (gen_random_uuid()::text, NEW."userId", NEW.role, NEW."organisationId", NEW."orgPath", 'GRANTED',
            nullif(current_setting('tisheng.actor_id', true), ''), now() AT TIME ZONE 'UTC');
    RETURN NEW;
  END IF;
  -- A user's own deletion (cascading to their roles) leaves no history to keep.
  IF EXISTS (SELECT 1 FROM "User" WHERE id = OLD."userId") THEN
    INSERT INTO "RoleChange" (id, "userId", role, "organisationId", "orgPath", change, "actorId", "createdAt")
    VALUES (gen_random_uuid()::text, OLD."userId", OLD.role, OLD."organisationId", OLD."orgPath", 'REVOKED',
            nullif(current_setting('tisheng.actor_id', true), ''), now() AT TIME ZONE 'UTC');
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "RoleAssignment_history"
  AFTER INSERT OR DELETE ON "RoleAssignment"
  FOR EACH ROW EXECUTE FUNCTION "tisheng_record_role_change"();
