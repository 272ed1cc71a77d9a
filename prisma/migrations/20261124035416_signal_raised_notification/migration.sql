-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'signal_raised';
