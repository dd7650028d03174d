-- CreateTable
CREATE TABLE "RemittanceImport" (
    "id" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "fileSha256" CHAR(64) NOT NULL,
    "fileName" TEXT,
    "lineCount" INTEGER NOT NULL,
    "addedCount" INTEGER NOT NULL,
    "totalPaise" BIGINT NOT NULL,
    "importedById" TEXT,
    "importedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemittanceImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemittanceLine" (
    "id" BIGSERIAL NOT NULL,
    "importId" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "awb" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "amountPaise" BIGINT NOT NULL,
    "remittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemittanceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemittanceSetting" (
    "courier" "CourierCode" NOT NULL,
    "lateAfterDays" INTEGER NOT NULL,
    "columns" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemittanceSetting_pkey" PRIMARY KEY ("courier")
);

-- CreateIndex
CREATE INDEX "RemittanceImport_createdAt_idx" ON "RemittanceImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RemittanceImport_courierAccountId_fileSha256_key" ON "RemittanceImport"("courierAccountId", "fileSha256");

-- CreateIndex
CREATE INDEX "RemittanceLine_awb_idx" ON "RemittanceLine"("awb");

-- CreateIndex
CREATE UNIQUE INDEX "RemittanceLine_courierAccountId_awb_reference_key" ON "RemittanceLine"("courierAccountId", "awb", "reference");
