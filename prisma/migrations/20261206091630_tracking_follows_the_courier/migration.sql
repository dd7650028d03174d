-- CreateEnum
CREATE TYPE "TrackingEventKind" AS ENUM ('SCAN', 'RECREATED', 'OLD_AWB_SCAN');

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "chargedWeightGrams" INTEGER,
ADD COLUMN     "courierLocation" TEXT,
ADD COLUMN     "courierRemarks" TEXT,
ADD COLUMN     "courierStatusAt" TIMESTAMP(3),
ADD COLUMN     "deliveryAttempts" INTEGER;

-- AlterTable
ALTER TABLE "TrackingEvent" ADD COLUMN     "kind" "TrackingEventKind" NOT NULL DEFAULT 'SCAN',
ADD COLUMN     "statusCoded" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ShipmentPromise" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "expectedDeliveryAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,

    CONSTRAINT "ShipmentPromise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShipmentAwbAlias" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "awb" TEXT NOT NULL,
    "replacedBy" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShipmentAwbAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShipmentPromise_shipmentId_recordedAt_idx" ON "ShipmentPromise"("shipmentId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentAwbAlias_awb_key" ON "ShipmentAwbAlias"("awb");

-- CreateIndex
CREATE INDEX "ShipmentAwbAlias_shipmentId_idx" ON "ShipmentAwbAlias"("shipmentId");

-- AddForeignKey
ALTER TABLE "ShipmentPromise" ADD CONSTRAINT "ShipmentPromise_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentAwbAlias" ADD CONSTRAINT "ShipmentAwbAlias_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
