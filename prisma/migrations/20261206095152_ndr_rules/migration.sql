-- CreateTable
CREATE TABLE "NdrRule" (
    "id" TEXT NOT NULL,
    "paymentMethod" "PaymentMethod",
    "reasonContains" TEXT,
    "waitHours" INTEGER NOT NULL,
    "maxAttempts" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdrRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NdrRuleStep" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "attemptAt" TIMESTAMP(3) NOT NULL,
    "kind" "NdrActionKind" NOT NULL,
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdrRuleStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NdrRuleStep_shipmentId_attemptAt_key" ON "NdrRuleStep"("shipmentId", "attemptAt");

-- AddForeignKey
ALTER TABLE "NdrRuleStep" ADD CONSTRAINT "NdrRuleStep_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
