-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "textBlockKey" TEXT;
