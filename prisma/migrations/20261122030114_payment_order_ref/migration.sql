-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "orderRef" TEXT;

-- CreateIndex
CREATE INDEX "Payment_waiting_orderRef_idx" ON "Payment"("orderRef") WHERE ("orderId" IS NULL);

-- Payments already waiting for their order: the reference they named, from the stored payload.
UPDATE "Payment" SET "orderRef" = btrim(coalesce(
    "raw"->'payment'->'entity'->'notes'->>'packline_order_id',
    "raw"->'order'->'entity'->'notes'->>'packline_order_id',
    "raw"->'order'->'entity'->>'receipt'))
WHERE "orderId" IS NULL;
