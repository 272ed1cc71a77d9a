-- AlterTable
ALTER TABLE "CollabUpdate" ADD COLUMN     "updateCount" INTEGER NOT NULL DEFAULT 1;
