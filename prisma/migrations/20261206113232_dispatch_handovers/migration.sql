-- CreateEnum
CREATE TYPE "HandoverStatus" AS ENUM ('OPEN', 'CLOSING', 'CLOSED');

-- CreateEnum
CREATE TYPE "PickupRequestStatus" AS ENUM ('REQUESTED', 'SCHEDULED', 'FAILED');

-- CreateTable
CREATE TABLE "Handover" (
    "id" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "locationKey" TEXT NOT NULL,
    "locationName" TEXT NOT NULL,
    "status" "HandoverStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closedByName" TEXT,
    "manifestId" TEXT,
    "manifestUrl" TEXT,
    "courierManifestPdf" BYTEA,
    "manifestRecordedAt" TIMESTAMP(3),
    "manifestError" TEXT,
    "manifestPdf" BYTEA,
    "pickupStatus" "PickupRequestStatus",
    "pickupDate" CHAR(10),
    "pickupSlot" TEXT,
    "pickupRequestedAt" TIMESTAMP(3),
    "pickupScheduledFor" TIMESTAMP(3),
    "pickupToken" TEXT,
    "pickupAnswer" JSONB,
    "pickupError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverParcel" (
    "id" TEXT NOT NULL,
    "handoverId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "scannedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scannedById" TEXT NOT NULL,
    "scannedByName" TEXT NOT NULL,

    CONSTRAINT "HandoverParcel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Handover_courierAccountId_locationKey_status_idx" ON "Handover"("courierAccountId", "locationKey", "status");

-- CreateIndex
CREATE INDEX "Handover_openedAt_idx" ON "Handover"("openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Handover_open_account_location_key" ON "Handover"("courierAccountId", "locationKey") WHERE ("status" = 'OPEN');

-- CreateIndex
CREATE UNIQUE INDEX "HandoverParcel_shipmentId_key" ON "HandoverParcel"("shipmentId");

-- CreateIndex
CREATE INDEX "HandoverParcel_handoverId_scannedAt_idx" ON "HandoverParcel"("handoverId", "scannedAt");

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_courierAccountId_fkey" FOREIGN KEY ("courierAccountId") REFERENCES "CourierAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverParcel" ADD CONSTRAINT "HandoverParcel_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverParcel" ADD CONSTRAINT "HandoverParcel_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
