-- CreateIndex
CREATE INDEX "Shipment_bookedAt_idx" ON "Shipment"("bookedAt");

-- CreateIndex
CREATE INDEX "Shipment_deliveredAt_idx" ON "Shipment"("deliveredAt");
