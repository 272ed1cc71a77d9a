-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('draft', 'consultation', 'adopted', 'archived');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('proposed', 'planned', 'in_progress', 'done', 'blocked', 'dropped');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('higher_is_better', 'lower_is_better');

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "termStart" DATE NOT NULL,
    "termEnd" DATE NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Domain" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "domainId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "baselineDate" DATE NOT NULL,
    "targetValue" DOUBLE PRECISION NOT NULL,
    "targetDate" DATE NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "primaryDomainId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerId" UUID,
    "status" "ActionStatus" NOT NULL DEFAULT 'proposed',
    "startDate" DATE,
    "dueDate" DATE,
    "budgetCents" BIGINT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "order" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionDomain" (
    "actionId" UUID NOT NULL,
    "domainId" UUID NOT NULL,

    CONSTRAINT "ActionDomain_pkey" PRIMARY KEY ("actionId","domainId")
);

-- CreateTable
CREATE TABLE "ActionGoal" (
    "actionId" UUID NOT NULL,
    "goalId" UUID NOT NULL,

    CONSTRAINT "ActionGoal_pkey" PRIMARY KEY ("actionId","goalId")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Programme_municipalityId_idx" ON "Programme"("municipalityId");

-- CreateIndex
CREATE INDEX "Domain_programmeId_order_idx" ON "Domain"("programmeId", "order");

-- CreateIndex
CREATE INDEX "Goal_programmeId_order_idx" ON "Goal"("programmeId", "order");

-- CreateIndex
CREATE INDEX "Indicator_goalId_idx" ON "Indicator"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_indicatorId_date_key" ON "Measurement"("indicatorId", "date");

-- CreateIndex
CREATE INDEX "Action_programmeId_archivedAt_primaryDomainId_order_idx" ON "Action"("programmeId", "archivedAt", "primaryDomainId", "order");

-- CreateIndex
CREATE INDEX "Action_programmeId_archivedAt_status_idx" ON "Action"("programmeId", "archivedAt", "status");

-- CreateIndex
CREATE INDEX "Action_programmeId_archivedAt_dueDate_idx" ON "Action"("programmeId", "archivedAt", "dueDate");

-- CreateIndex
CREATE INDEX "Action_programmeId_archivedAt_ownerId_idx" ON "Action"("programmeId", "archivedAt", "ownerId");

-- CreateIndex
CREATE INDEX "Action_tags_idx" ON "Action" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ActionDomain_domainId_actionId_idx" ON "ActionDomain"("domainId", "actionId");

-- CreateIndex
CREATE INDEX "ActionGoal_goalId_actionId_idx" ON "ActionGoal"("goalId", "actionId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_date_idx" ON "ActionUpdate"("actionId", "date");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_primaryDomainId_fkey" FOREIGN KEY ("primaryDomainId") REFERENCES "Domain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionDomain" ADD CONSTRAINT "ActionDomain_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionDomain" ADD CONSTRAINT "ActionDomain_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionGoal" ADD CONSTRAINT "ActionGoal_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionGoal" ADD CONSTRAINT "ActionGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
