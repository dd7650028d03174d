-- CreateEnum
CREATE TYPE "LabelLayout" AS ENUM ('THERMAL_4X6', 'A4_FOUR_UP');

-- CreateEnum
CREATE TYPE "LabelSequence" AS ENUM ('SCAN', 'PACK');

-- CreateEnum
CREATE TYPE "LabelBatchState" AS ENUM ('QUEUED', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "LabelBatch" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "layout" "LabelLayout" NOT NULL,
    "sequence" "LabelSequence" NOT NULL,
    "state" "LabelBatchState" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL,
    "jobId" TEXT,
    "pdf" BYTEA,
    "pageCount" INTEGER,
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "LabelBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelBatchItem" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "shipmentId" TEXT,
    "ready" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,

    CONSTRAINT "LabelBatchItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LabelBatch_createdById_createdAt_idx" ON "LabelBatch"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "LabelBatchItem_shipmentId_idx" ON "LabelBatchItem"("shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "LabelBatchItem_batchId_position_key" ON "LabelBatchItem"("batchId", "position");

-- AddForeignKey
ALTER TABLE "LabelBatch" ADD CONSTRAINT "LabelBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelBatchItem" ADD CONSTRAINT "LabelBatchItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "LabelBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelBatchItem" ADD CONSTRAINT "LabelBatchItem_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
