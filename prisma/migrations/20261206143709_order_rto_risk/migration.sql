-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "rtoRiskReasons" JSONB,
ADD COLUMN     "rtoRiskScore" INTEGER,
ADD COLUMN     "rtoRiskScoredAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Order_rtoRiskScore_placedAt_idx" ON "Order"("rtoRiskScore", "placedAt");
