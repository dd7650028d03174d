-- CreateEnum
CREATE TYPE "FreightChargeSource" AS ENUM ('TRACKING', 'BILLING_FILE');

-- CreateEnum
CREATE TYPE "WeightDisputeStatus" AS ENUM ('OPEN', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'EXPIRED');

-- CreateTable
CREATE TABLE "FreightRule" (
    "courierAccountId" TEXT NOT NULL,
    "volumetricDivisor" INTEGER NOT NULL,
    "slabGrams" INTEGER NOT NULL,
    "toleranceGrams" INTEGER NOT NULL,
    "tolerancePercent" INTEGER NOT NULL,
    "disputeWindowDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FreightRule_pkey" PRIMARY KEY ("courierAccountId")
);

-- CreateTable
CREATE TABLE "FreightCheck" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "source" "FreightChargeSource" NOT NULL,
    "billingImportId" TEXT,
    "chargedWeightGrams" INTEGER NOT NULL,
    "chargedPaise" INTEGER,
    "expectedPaise" INTEGER,
    "chargedAt" TIMESTAMP(3) NOT NULL,
    "deadWeightGrams" INTEGER NOT NULL,
    "boxName" TEXT,
    "lengthCm" INTEGER,
    "breadthCm" INTEGER,
    "heightCm" INTEGER,
    "volumetricGrams" INTEGER NOT NULL,
    "volumetricDivisor" INTEGER NOT NULL,
    "slabGrams" INTEGER NOT NULL,
    "expectedWeightGrams" INTEGER NOT NULL,
    "excessGrams" INTEGER NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FreightCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FreightBillingImport" (
    "id" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "rows" INTEGER NOT NULL,
    "applied" INTEGER NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FreightBillingImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeightDispute" (
    "id" TEXT NOT NULL,
    "freightCheckId" TEXT NOT NULL,
    "status" "WeightDisputeStatus" NOT NULL DEFAULT 'OPEN',
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "openedById" TEXT NOT NULL,
    "openedByName" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeightDispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeightDisputeEvent" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "status" "WeightDisputeStatus" NOT NULL,
    "note" TEXT,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WeightDisputeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FreightCheck_shipmentId_key" ON "FreightCheck"("shipmentId");

-- CreateIndex
CREATE INDEX "FreightCheck_flagged_chargedAt_idx" ON "FreightCheck"("flagged", "chargedAt");

-- CreateIndex
CREATE INDEX "FreightCheck_chargedAt_idx" ON "FreightCheck"("chargedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FreightBillingImport_courierAccountId_sha256_key" ON "FreightBillingImport"("courierAccountId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "WeightDispute_freightCheckId_key" ON "WeightDispute"("freightCheckId");

-- CreateIndex
CREATE INDEX "WeightDispute_status_deadlineAt_idx" ON "WeightDispute"("status", "deadlineAt");

-- CreateIndex
CREATE INDEX "WeightDisputeEvent_disputeId_at_idx" ON "WeightDisputeEvent"("disputeId", "at");

-- AddForeignKey
ALTER TABLE "FreightRule" ADD CONSTRAINT "FreightRule_courierAccountId_fkey" FOREIGN KEY ("courierAccountId") REFERENCES "CourierAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FreightCheck" ADD CONSTRAINT "FreightCheck_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeightDispute" ADD CONSTRAINT "WeightDispute_freightCheckId_fkey" FOREIGN KEY ("freightCheckId") REFERENCES "FreightCheck"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeightDisputeEvent" ADD CONSTRAINT "WeightDisputeEvent_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "WeightDispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;
