-- DropIndex
DROP INDEX "WebhookEvent_provider_eventId_idx";

-- DropIndex
DROP INDEX "WebhookEvent_status_idx";

-- CreateTable
CREATE TABLE "WebhookRejection" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "clientIp" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "bodyBytes" INTEGER NOT NULL,
    "bodyPrefix" TEXT NOT NULL,

    CONSTRAINT "WebhookRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookRejection_receivedAt_idx" ON "WebhookRejection"("receivedAt");

-- CreateIndex
CREATE INDEX "WebhookRejection_provider_receivedAt_idx" ON "WebhookRejection"("provider", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_status_receivedAt_idx" ON "WebhookEvent"("status", "receivedAt");

-- Rows refused before deliveries were verified first (bad token or signature) keep their body
-- and headers but give up the body's hash, so a genuine delivery of the same body is stored as a
-- row of its own, with its event id.
UPDATE "WebhookEvent" SET "bodyHash" = 'rejected:' || "bodyHash" WHERE status = 'REJECTED';

-- Rows that repeat an event (possible while the only unique key was the body hash): the row that
-- was applied keeps the event id (else the first received); the others keep everything else and
-- name the event and the row that kept it in their error, so the unique index can be built.
UPDATE "WebhookEvent" w
SET "eventId" = NULL,
    error = concat_ws('; ', w.error, 'repeats event ' || d."eventId" || ' (kept on webhook event ' || d.keeper || ')')
FROM (
  SELECT id, "eventId", first_value(id) OVER (
    PARTITION BY provider, "eventId"
    ORDER BY (status IN ('PROCESSED', 'IGNORED')) DESC, "receivedAt", id
  ) AS keeper
  FROM "WebhookEvent" WHERE "eventId" IS NOT NULL
) d
WHERE w.id = d.id AND d.id <> d.keeper;

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_provider_eventId_key" ON "WebhookEvent"("provider", "eventId") WHERE ("eventId" IS NOT NULL);
