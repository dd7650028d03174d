-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "occurrences" INTEGER NOT NULL DEFAULT 1;

-- Existing rows: last seen when created; among open incidents that repeat each other, only the
-- newest takes the key (the older ones stay as they are), so the unique index can be built.
UPDATE "Incident" SET "lastSeenAt" = "createdAt";
UPDATE "Incident" i SET "dedupeKey" = k.key
FROM (
  SELECT DISTINCT ON (key) id, key
  FROM (
    SELECT id, "createdAt", encode(sha256(convert_to(category::text || E'\n' || stage || E'\n' ||
      title || E'\n' || coalesce("orderId", ''), 'UTF8')), 'hex') AS key
    FROM "Incident" WHERE "resolvedAt" IS NULL
  ) keyed
  ORDER BY key, "createdAt" DESC, id DESC
) k
WHERE i.id = k.id;

-- CreateIndex
CREATE UNIQUE INDEX "Incident_open_dedupeKey_key" ON "Incident"("dedupeKey") WHERE ("resolvedAt" IS NULL);
