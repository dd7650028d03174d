-- CreateIndex
CREATE INDEX "Order_placedAt_id_idx" ON "Order"("placedAt", "id");

-- CreateIndex
CREATE INDEX "Order_paymentMethod_placedAt_idx" ON "Order"("paymentMethod", "placedAt");

-- CreateIndex
CREATE INDEX "Order_shipmentFailed_placedAt_idx" ON "Order"("shipmentFailed", "placedAt");

-- CreateIndex
CREATE INDEX "Order_hasShortItems_placedAt_idx" ON "Order"("hasShortItems", "placedAt");

-- CreateIndex
CREATE INDEX "Order_ndrOpen_placedAt_idx" ON "Order"("ndrOpen", "placedAt");

-- CreateIndex
CREATE INDEX "Order_updatedAt_idx" ON "Order"("updatedAt");
