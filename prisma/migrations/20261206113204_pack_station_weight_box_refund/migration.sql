-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "codOrderedPaise" INTEGER,
ADD COLUMN     "packedBoxName" TEXT,
ADD COLUMN     "packedBreadthCm" INTEGER,
ADD COLUMN     "packedHeightCm" INTEGER,
ADD COLUMN     "packedLengthCm" INTEGER,
ADD COLUMN     "packedWeightGrams" INTEGER,
ADD COLUMN     "refundDuePaise" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BoxPreset" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lengthCm" INTEGER NOT NULL,
    "breadthCm" INTEGER NOT NULL,
    "heightCm" INTEGER NOT NULL,
    "boxWeightGrams" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoxPreset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoxPreset_name_key" ON "BoxPreset"("name");
