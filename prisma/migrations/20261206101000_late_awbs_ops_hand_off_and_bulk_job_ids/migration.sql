-- AlterEnum
ALTER TYPE "BookingFailureKind" ADD VALUE 'LEFT_TO_OPS';

-- AlterTable
ALTER TABLE "BulkBookingItem" ADD COLUMN     "jobId" TEXT;

-- CreateTable
CREATE TABLE "LateAwb" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "awb" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "refusal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LateAwb_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LateAwb_shipmentId_idx" ON "LateAwb"("shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "LateAwb_courierAccountId_awb_key" ON "LateAwb"("courierAccountId", "awb");

-- AddForeignKey
ALTER TABLE "LateAwb" ADD CONSTRAINT "LateAwb_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LateAwb" ADD CONSTRAINT "LateAwb_courierAccountId_fkey" FOREIGN KEY ("courierAccountId") REFERENCES "CourierAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
