-- DropIndex
DROP INDEX "OutboxMail_status_createdAt_idx";

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");
