-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "nextTrackAt" TIMESTAMP(3),
ADD COLUMN     "statusAt" TIMESTAMP(3),
ADD COLUMN     "trackMisses" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Shipment_lastTrackedAt_idx" ON "Shipment"("lastTrackedAt");
