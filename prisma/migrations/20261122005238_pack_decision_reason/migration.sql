-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "packDecidedAt" TIMESTAMP(3),
ADD COLUMN     "packDecidedById" TEXT,
ADD COLUMN     "packDecisionReason" TEXT;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_packDecidedById_fkey" FOREIGN KEY ("packDecidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
