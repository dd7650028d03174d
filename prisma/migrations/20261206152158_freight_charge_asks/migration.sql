-- AlterEnum
ALTER TYPE "FreightChargeSource" ADD VALUE 'COURIER_API';

-- CreateTable
CREATE TABLE "FreightChargeAsk" (
    "shipmentId" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "asks" INTEGER NOT NULL,

    CONSTRAINT "FreightChargeAsk_pkey" PRIMARY KEY ("shipmentId")
);

-- CreateIndex
CREATE INDEX "FreightChargeAsk_askedAt_idx" ON "FreightChargeAsk"("askedAt");
