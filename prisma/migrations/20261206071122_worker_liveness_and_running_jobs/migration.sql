-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "bookingJobId" TEXT;

-- AlterTable
ALTER TABLE "WorkerHeartbeat" ADD COLUMN     "aliveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Workers that beat before this column existed were last seen alive at their last beat.
UPDATE "WorkerHeartbeat" SET "aliveAt" = "beatAt";

-- CreateTable
CREATE TABLE "RunningJob" (
    "jobId" UUID NOT NULL,
    "queue" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "workerId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunningJob_pkey" PRIMARY KEY ("jobId")
);

-- CreateIndex
CREATE INDEX "RunningJob_workerId_idx" ON "RunningJob"("workerId");

-- CreateIndex
CREATE INDEX "WorkerHeartbeat_aliveAt_idx" ON "WorkerHeartbeat"("aliveAt");
