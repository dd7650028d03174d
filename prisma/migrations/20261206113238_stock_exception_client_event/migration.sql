-- AlterTable
ALTER TABLE "StockException" ADD COLUMN     "clientEventId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "StockException_clientEventId_key" ON "StockException"("clientEventId");
