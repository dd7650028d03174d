-- CreateEnum
CREATE TYPE "BulkBookingItemState" AS ENUM ('QUEUED', 'BOOKED', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "SetupToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkBookingRun" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BulkBookingRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkBookingItem" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "state" "BulkBookingItemState" NOT NULL DEFAULT 'QUEUED',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "awb" TEXT,
    "courier" "CourierCode",
    "reason" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulkBookingItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SetupToken_tokenHash_key" ON "SetupToken"("tokenHash");

-- CreateIndex
CREATE INDEX "BulkBookingRun_createdAt_idx" ON "BulkBookingRun"("createdAt");

-- CreateIndex
CREATE INDEX "BulkBookingItem_runId_state_idx" ON "BulkBookingItem"("runId", "state");

-- CreateIndex
CREATE INDEX "BulkBookingItem_orderId_idx" ON "BulkBookingItem"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "BulkBookingItem_runId_orderId_key" ON "BulkBookingItem"("runId", "orderId");

-- AddForeignKey
ALTER TABLE "BulkBookingRun" ADD CONSTRAINT "BulkBookingRun_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkBookingItem" ADD CONSTRAINT "BulkBookingItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BulkBookingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkBookingItem" ADD CONSTRAINT "BulkBookingItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
