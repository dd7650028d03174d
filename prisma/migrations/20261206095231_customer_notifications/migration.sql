-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "event" TEXT,
ADD COLUMN     "providerStatus" TEXT,
ADD COLUMN     "providerStatusAt" TIMESTAMP(3),
ADD COLUMN     "shipmentId" TEXT,
ADD COLUMN     "whatsapp" JSONB;

-- CreateTable
CREATE TABLE "NotificationTemplate" (
    "event" TEXT NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "whatsappName" TEXT,
    "whatsappLanguage" TEXT,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationTemplate_pkey" PRIMARY KEY ("event","channel")
);

-- CreateTable
CREATE TABLE "CustomerNoticeEvent" (
    "eventId" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerNoticeEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE INDEX "Notification_providerRef_idx" ON "Notification"("providerRef");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_shipmentId_event_channel_key" ON "Notification"("shipmentId", "event", "channel");

-- CreateIndex
CREATE INDEX "OutboxEvent_type_createdAt_idx" ON "OutboxEvent"("type", "createdAt");
