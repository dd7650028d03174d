-- CreateEnum
CREATE TYPE "BookingAttemptOutcome" AS ENUM ('BOOKED', 'REFUSED', 'UNKNOWN');

-- CreateTable
CREATE TABLE "BookingAttempt" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "run" INTEGER NOT NULL,
    "outcome" "BookingAttemptOutcome" NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BookingAttempt_shipmentId_at_idx" ON "BookingAttempt"("shipmentId", "at");

-- CreateIndex
CREATE INDEX "Order_pincode_idx" ON "Order"("pincode");

-- AddForeignKey
ALTER TABLE "BookingAttempt" ADD CONSTRAINT "BookingAttempt_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingAttempt" ADD CONSTRAINT "BookingAttempt_courierAccountId_fkey" FOREIGN KEY ("courierAccountId") REFERENCES "CourierAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
