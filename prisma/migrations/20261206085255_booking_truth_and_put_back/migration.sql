-- CreateEnum
CREATE TYPE "PutBackStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "BookingFailureKind" AS ENUM ('REFUSED', 'OUTCOME_UNKNOWN', 'OUTCOME_UNVERIFIABLE');

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "bookingReference" TEXT,
ADD COLUMN     "failureKind" "BookingFailureKind";

-- CreateTable
CREATE TABLE "PutBackTask" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderItemId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "binLocation" TEXT,
    "quantity" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "PutBackStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,

    CONSTRAINT "PutBackTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PutBackTask_orderItemId_key" ON "PutBackTask"("orderItemId");

-- CreateIndex
CREATE INDEX "PutBackTask_status_createdAt_idx" ON "PutBackTask"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PutBackTask_orderId_idx" ON "PutBackTask"("orderId");

-- AddForeignKey
ALTER TABLE "PutBackTask" ADD CONSTRAINT "PutBackTask_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PutBackTask" ADD CONSTRAINT "PutBackTask_orderItemId_fkey" FOREIGN KEY ("orderItemId") REFERENCES "OrderItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PutBackTask" ADD CONSTRAINT "PutBackTask_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
