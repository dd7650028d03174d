-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "jobId" TEXT;

-- A claimed refund's token is its job's id: refunds already being issued keep their job, so the
-- sweep can tell when it has ended. A PENDING one from before stays without (its job is not known).
UPDATE "Refund" SET "jobId" = "claimToken" WHERE "claimToken" IS NOT NULL;
