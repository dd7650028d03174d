-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "applyAfter" TIMESTAMP(3),
ADD COLUMN     "applyTries" INTEGER NOT NULL DEFAULT 0;
